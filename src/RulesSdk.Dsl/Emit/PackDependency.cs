namespace RulesSdk.Dsl.Emit;

/// <summary>An imported rule file or a list file a pack was built from, and a hash of its content.</summary>
internal sealed record PackDependency(string Path, string Hash);
