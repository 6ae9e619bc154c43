namespace RulesSdk.Testing;

/// <summary>Creates expected diagnostics, as roslyn-sdk's <c>Verifier.Diagnostic(…)</c>.</summary>
public static class Verifier
{
    /// <summary>An expected diagnostic of the rule under test (the verifier's default id).</summary>
    public static DiagnosticResult Diagnostic() => new();

    /// <summary>An expected diagnostic with id <paramref name="id"/>.</summary>
    public static DiagnosticResult Diagnostic(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new DiagnosticResult(id);
    }
}
