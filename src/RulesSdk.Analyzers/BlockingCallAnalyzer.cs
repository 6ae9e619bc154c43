using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RulesSdk.Analyzers.Authoring;

/// <summary>
/// DRA1007: blocking I/O or waits in an analyzer: <c>System.IO.File</c>, <c>Directory</c>, file streams and readers
/// opened by path, <c>System.Net</c>, <c>Thread.Sleep</c>, <c>Task.Wait</c>/<c>Result</c>/<c>GetResult</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingCallAnalyzer : RulesSdkAnalyzer
{
    private static readonly ImmutableHashSet<string> BlockingTypes = ImmutableHashSet.Create(
        "System.IO.File",
        "System.IO.Directory",
        "System.IO.FileInfo",
        "System.IO.DirectoryInfo",
        "System.IO.FileStream",
        "System.Threading.Thread",
        "System.Net.WebClient",
        "System.Net.Http.HttpClient",
        "System.Net.Dns");

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.BlockingCallInAnalyzer,
        "Do not block or do I/O in an analyzer",
        "'{0}' blocks the analyzer; analyzers run for every document on the driver's threads: load data once, outside the analysis, or read it from the document",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The driver runs analyzers in parallel over many documents and in editors on every keystroke; file, network and wait calls make the run slow, racy and machine-dependent.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.BlockingCallInAnalyzer));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, RulesSdkTypes types)
    {
        start.RegisterOperationAction(
            operation =>
            {
                ISymbol? member = operation.Operation switch
                {
                    IInvocationOperation invocation => invocation.TargetMethod,
                    IObjectCreationOperation creation => creation.Constructor,
                    IPropertyReferenceOperation property => property.Property,
                    _ => null,
                };
                if (member is not null && IsBlocking(member) && types.IsInAnalyzer(operation.ContainingSymbol))
                {
                    var name = member.ContainingType.Name + "." + (member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? "ctor" : member.Name);
                    operation.ReportDiagnostic(Diagnostic.Create(Rule, operation.Operation.Syntax.GetLocation(), name));
                }
            },
            OperationKind.Invocation,
            OperationKind.ObjectCreation,
            OperationKind.PropertyReference);
    }

    private static bool IsBlocking(ISymbol member)
    {
        var type = member.ContainingType;
        var typeName = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None));
        if (BlockingTypes.Contains(typeName))
        {
            // Thread: only Sleep and Join wait.
            return typeName != "System.Threading.Thread" || member.Name is "Sleep" or "Join";
        }

        return typeName switch
        {
            "System.Threading.Tasks.Task" => member.Name is "Wait" or "WaitAll" or "WaitAny" or "Result",
            "System.Runtime.CompilerServices.TaskAwaiter" => member.Name == "GetResult",
            "System.IO.StreamReader" or "System.IO.StreamWriter" => member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                && constructor.Parameters.Length > 0 && constructor.Parameters[0].Type.SpecialType == SpecialType.System_String,
            _ => false,
        };
    }
}
