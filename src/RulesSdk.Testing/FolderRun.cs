using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Testing;

/// <summary>The runs of every document of a folder, in path order.</summary>
public sealed record FolderRun(string Folder, ImmutableArray<DocumentRun> Documents);
