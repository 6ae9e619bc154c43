// The sources under test are rule code: these usings head each of them.
namespace RulesSdk.Analyzers.Tests;

internal static class Usings
{
    public const string Header = """
        using System;
        using System.Collections.Immutable;
        using System.Text.RegularExpressions;
        using RulesSdk.Analyzers;
        using RulesSdk.CodeFixes;
        using RulesSdk.Diagnostics;
        using RulesSdk.Text;

        """;
}
