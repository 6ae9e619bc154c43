using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

/// <summary>A named list, inline (<see cref="Entries"/>) or read from a file (<see cref="FromFile"/>).</summary>
public sealed record ListDeclaration(string Name, ImmutableArray<string> Entries, string? FromFile, SourcePosition Position) : PackItem(Position);
