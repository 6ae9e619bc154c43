using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RulesSdk.Analyzers.Authoring;

/// <summary>
/// DRA1006: a regular expression in an analyzer without a match timeout: <c>new Regex(pattern)</c>, a static
/// <c>Regex.IsMatch(input, pattern)</c>, or <c>[GeneratedRegex(pattern)]</c>. NonBacktracking ones cannot run away and pass.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RegexTimeoutAnalyzer : RulesSdkAnalyzer
{
    private const int NonBacktracking = 1024;

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.RegexWithoutTimeout,
        "Give every regular expression in an analyzer a match timeout",
        "This regular expression has no match timeout; a pathological document could stall the analyzer",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Analyzers run over documents nobody vetted. With a timeout, a runaway match becomes DR0002 on that document and the run goes on; without one it can hang the host.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.RegexWithoutTimeout));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, RulesSdkTypes types)
    {
        var regex = start.Compilation.GetTypeByMetadataName("System.Text.RegularExpressions.Regex");
        if (regex is null)
        {
            return;
        }

        var generatedRegex = start.Compilation.GetTypeByMetadataName("System.Text.RegularExpressions.GeneratedRegexAttribute");
        start.RegisterOperationAction(
            operation =>
            {
                var (method, arguments) = operation.Operation switch
                {
                    IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                    IInvocationOperation { TargetMethod.IsStatic: true } invocation => (invocation.TargetMethod, invocation.Arguments),
                    _ => (null, ImmutableArray<IArgumentOperation>.Empty),
                };
                if (method is null
                    || !SymbolEqualityComparer.Default.Equals(method.ContainingType, regex)
                    || method.Parameters.Any(p => p.Name == "matchTimeout")
                    || !method.Parameters.Any(p => p.Name == "pattern")
                    || (arguments.Argument("options") is { } options && IsNonBacktracking(options.Value.ConstantValue))
                    || !types.IsInAnalyzer(operation.ContainingSymbol))
                {
                    return;
                }

                operation.ReportDiagnostic(Diagnostic.Create(Rule, operation.Operation.Syntax.GetLocation()));
            },
            OperationKind.ObjectCreation,
            OperationKind.Invocation);

        if (generatedRegex is not null)
        {
            start.RegisterSymbolAction(
                symbol =>
                {
                    // A partial method's implementation part repeats the declaration's attributes.
                    if (!types.IsInAnalyzer(symbol.Symbol) || symbol.Symbol is IMethodSymbol { PartialDefinitionPart: not null })
                    {
                        return;
                    }

                    foreach (var attribute in symbol.Symbol.GetAttributes())
                    {
                        if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, generatedRegex)
                            && attribute.AttributeConstructor is { } constructor
                            && !constructor.Parameters.Any(p => p.Name == "matchTimeoutMilliseconds")
                            && !(attribute.ConstructorArguments.Length > 1 && IsNonBacktracking((object?)attribute.ConstructorArguments[1].Value))
                            && attribute.ApplicationSyntaxReference is { } syntax)
                        {
                            symbol.ReportDiagnostic(Diagnostic.Create(Rule, syntax.GetSyntax(symbol.CancellationToken).GetLocation()));
                        }
                    }
                },
                SymbolKind.Method,
                SymbolKind.Property);
        }
    }

    private static bool IsNonBacktracking(Optional<object?> constant) => constant.HasValue && IsNonBacktracking(constant.Value);

    private static bool IsNonBacktracking(object? value) => value is int options && (options & NonBacktracking) != 0;
}
