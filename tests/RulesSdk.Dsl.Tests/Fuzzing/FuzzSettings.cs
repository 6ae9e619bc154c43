using CsCheck;

namespace RulesSdk.Dsl.Tests.Fuzzing;

/// <summary>
/// Fuzz runs are short and deterministic in the suite (a fixed seed, one thread); set
/// DOCRULES_FUZZ_ITERATIONS for a longer run and DOCRULES_FUZZ_SEED to replay a failure
/// (docs/fuzzing.md).
/// </summary>
internal static class FuzzSettings
{
    public static string Seed => Environment.GetEnvironmentVariable("DOCRULES_FUZZ_SEED") is { Length: > 0 } seed ? seed : new PCG(20261203).ToString();

    public static int Iterations(int inSuite) =>
        int.TryParse(Environment.GetEnvironmentVariable("DOCRULES_FUZZ_ITERATIONS"), out var iterations) && iterations > 0 ? iterations : inSuite;
}
