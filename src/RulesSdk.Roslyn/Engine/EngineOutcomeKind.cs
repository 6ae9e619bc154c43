namespace RulesSdk.Roslyn.Engine;

internal enum EngineOutcomeKind
{
    /// <summary>The engine analysed the document.</summary>
    Analysed,

    /// <summary>The engine refused the document (its <c>{"line","error"}</c> answer).</summary>
    Refused,

    /// <summary>The engine could not start, or exited: the message carries its error output.</summary>
    Failed,

    /// <summary>The document did not finish within the time budget; the engine was stopped.</summary>
    TimedOut,

    /// <summary>The engine was stopped because another document exceeded the budget; worth one retry.</summary>
    Interrupted,
}
