using System.Collections.Immutable;
using RulesSdk.Dsl;

namespace RulesSdk.LanguageServer.Server;

/// <summary>One pack to compile: where it comes from and its rule files (full paths, or built-in names).</summary>
internal sealed record PackSpec(string Origin, ImmutableArray<RuleSource> Sources, bool IsBuiltIn)
{
    /// <summary>Identifies the content: a pack whose sources did not change is not compiled again.</summary>
    public string ContentKey => string.Join('\u0000', Sources.Select(s => s.Path + '\u0001' + s.Text.GetHashCode(StringComparison.Ordinal)));

    public bool Contains(string path) => !IsBuiltIn && Sources.Any(s => DocumentUris.SamePath(s.Path, path));
}
