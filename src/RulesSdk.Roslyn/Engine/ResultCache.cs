using System.Collections.Concurrent;
using System.Collections.Generic;

namespace RulesSdk.Roslyn.Engine;

/// <summary>
/// Results by engine key, path and content hash, for the life of the compiler process: a document that did not
/// change since the last compilation is not sent to the engine again. Bounded by clearing when full.
/// </summary>
internal static class ResultCache
{
    private const int Capacity = 50_000;
    private static readonly ConcurrentDictionary<string, IReadOnlyList<EngineDiagnostic>> Results = new();

    public static string KeyOf(EngineKey engine, string path, string contentHash) => engine.Text + "\n" + path + "\n" + contentHash;

    public static bool TryGet(string key, out IReadOnlyList<EngineDiagnostic> diagnostics) => Results.TryGetValue(key, out diagnostics!);

    public static void Add(string key, IReadOnlyList<EngineDiagnostic> diagnostics)
    {
        if (Results.Count >= Capacity)
        {
            Results.Clear();
        }

        Results[key] = diagnostics;
    }
}
