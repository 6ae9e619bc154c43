using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace RulesSdk.Analyzers.Tests;

/// <summary>
/// roslyn-sdk's analyzer test (markup: <c>{|DRA1001:text|}</c> where a diagnostic is expected), compiled offline
/// against the .NET 10 reference assemblies of Basic.Reference.Assemblies and the RulesSdk core.
/// </summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task AnalyzerAsync(string source, params (string Key, string Value)[] buildProperties)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(RulesSdk.Analyzers.DocumentAnalyzer).Assembly.Location));
        if (buildProperties.Length > 0)
        {
            test.TestState.AnalyzerConfigFiles.Add((
                "/.globalconfig",
                "is_global = true\n" + string.Concat(buildProperties.Select(p => $"build_property.{p.Key} = {p.Value}\n"))));
        }

        return test.RunAsync();
    }
}
