using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RulesSdk.Analyzers;

namespace RulesSdk.Dsl.Emit;

/// <summary>
/// Compiles generated C# in memory against reference assemblies and the core SDK, then refuses
/// any symbol outside the allowed namespaces before the assembly may be loaded.
/// </summary>
internal static class PackCompiler
{
    private static readonly ImmutableArray<string> AllowedNamespaces =
        ["System", "System.Collections.Generic", "System.Collections.Immutable", "System.Text.RegularExpressions", "System.Threading.Tasks", "System.Threading", "RulesSdk"];

    private static readonly ImmutableArray<string> ForbiddenNamespaces =
        ["System.IO", "System.Diagnostics", "System.Net", "System.Reflection", "System.Runtime.InteropServices", "System.Runtime.Loader", "System.Security", "System.Threading.Tasks.Sources", "Microsoft"];

    // Types of the allowed System namespace that reach the process, the environment or arbitrary types by name.
    private static readonly ImmutableArray<string> ForbiddenTypes =
        ["System.Environment", "System.AppDomain", "System.Activator", "System.Type", "System.GC", "System.Console"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. Net100.References.All.Where(r => r.FilePath is { } path && IsAllowedReference(Path.GetFileNameWithoutExtension(path))),
        MetadataReference.CreateFromFile(typeof(DocumentAnalyzer).Assembly.Location),
    ]);

    /// <summary>True when the SDK's regex source generator is available to compile [GeneratedRegex] methods.</summary>
    public static bool CanGenerateRegexes => RegexGeneratorLocator.Get() is not null;


    /// <summary>The assembly bytes, or the errors (with the file each came from) when compilation or the allowlist fails.</summary>
    public static (byte[]? Image, ImmutableArray<(string File, string Message)> Errors) Compile(string assemblyName, ImmutableDictionary<string, string> sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => CSharpSyntaxTree.ParseText(s.Value, parseOptions, path: s.Key))
            .ToList();
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true,
                allowUnsafe: false));

        var errors = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var tree in trees)
        {
            CheckAllowlist(compilation.GetSemanticModel(tree), tree, errors);
        }

        // [GeneratedRegex] methods get their implementation from the SDK's regex generator; only our
        // own trees are checked against the allowlist, the generator's output is Microsoft's.
        if (RegexGeneratorLocator.Get() is { } generator && trees.Any(t => t.ToString().Contains("[GeneratedRegex(", StringComparison.Ordinal)))
        {
            CSharpGeneratorDriver.Create([generator], parseOptions: parseOptions)
                .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
            compilation = (CSharpCompilation)generated;
            foreach (var diagnostic in generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                errors.Add((diagnostic.Location.SourceTree?.FilePath ?? "?", diagnostic.ToString()));
            }
        }

        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            errors.Add((diagnostic.Location.SourceTree?.FilePath ?? "?", diagnostic.ToString()));
        }

        return errors.Count > 0 ? (null, errors.ToImmutable()) : (stream.ToArray(), []);
    }

    private static bool IsAllowedReference(string name) =>
        name is "System.Runtime" or "System.Collections" or "System.Collections.Immutable" or "System.Text.RegularExpressions" or "System.Linq" or "System.Memory" or "netstandard" or "System.Threading" or "System.Threading.Tasks";

    private static void CheckAllowlist(SemanticModel model, SyntaxTree tree, ImmutableArray<(string, string)>.Builder errors)
    {
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node is not (IdentifierNameSyntax or GenericNameSyntax or ObjectCreationExpressionSyntax))
            {
                continue;
            }

            var symbol = model.GetSymbolInfo(node).Symbol;
            var type = symbol switch
            {
                ITypeSymbol t => t,
                IMethodSymbol m => m.ContainingType,
                IPropertySymbol p => p.ContainingType,
                IFieldSymbol f => f.ContainingType,
                _ => null,
            };
            // Namespaces alone (using directives) grant nothing; the types used are what is checked.
            var ns = type?.ContainingNamespace?.ToDisplayString();
            if (ns is null || ns.Length == 0)
            {
                continue;
            }

            var typeName = type?.OriginalDefinition.ToDisplayString();
            var forbidden = ForbiddenNamespaces.Any(f => ns == f || ns.StartsWith(f + ".", StringComparison.Ordinal)) ||
                (typeName is not null && ForbiddenTypes.Contains(typeName));
            var allowed = AllowedNamespaces.Any(a => ns == a || ns.StartsWith("RulesSdk", StringComparison.Ordinal));
            if (forbidden || !allowed)
            {
                errors.Add((tree.FilePath, $"generated code refers to '{type?.ToDisplayString() ?? ns}', outside the namespaces a rule may use"));
            }
        }
    }
}
