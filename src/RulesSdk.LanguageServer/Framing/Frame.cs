namespace RulesSdk.LanguageServer.Framing;

/// <summary>One header-delimited message: its body, or why the headers could not be read.</summary>
internal sealed record Frame(byte[]? Body, string? HeaderError);
