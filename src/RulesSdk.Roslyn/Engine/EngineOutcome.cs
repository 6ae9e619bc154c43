using System.Collections.Generic;

namespace RulesSdk.Roslyn.Engine;

/// <summary>What became of one document sent to the engine.</summary>
internal sealed class EngineOutcome
{
    private static readonly IReadOnlyList<EngineDiagnostic> None = new EngineDiagnostic[0];

    private EngineOutcome(EngineOutcomeKind kind, IReadOnlyList<EngineDiagnostic> diagnostics, string message)
    {
        Kind = kind;
        Diagnostics = diagnostics;
        Message = message;
    }

    public EngineOutcomeKind Kind { get; }

    public IReadOnlyList<EngineDiagnostic> Diagnostics { get; }

    /// <summary>Why the document was not analysed (empty when it was).</summary>
    public string Message { get; }

    public static EngineOutcome Analysed(IReadOnlyList<EngineDiagnostic> diagnostics) => new(EngineOutcomeKind.Analysed, diagnostics, string.Empty);

    public static EngineOutcome NotAnalysed(EngineOutcomeKind kind, string message) => new(kind, None, message);
}
