namespace RulesSdk.Dsl.Syntax;

/// <summary>restore third person: the sentence's first-person speaker named, as the text names them before it.</summary>
public sealed record RestoreThirdPersonFixSyntax(SourcePosition Position) : FixActionSyntax(Position);
