using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace RulesSdk.Roslyn.Tests.TestSupport;

internal sealed class InMemoryAdditionalText(string path, SourceText text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
