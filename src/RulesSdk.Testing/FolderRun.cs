using System.Collections.Immutable;

namespace RulesSdk.Testing;

/// <summary>The runs of every document of a folder, in path order.</summary>
public sealed record FolderRun(string Folder, ImmutableArray<DocumentRun> Documents);
