using RulesSdk.Analyzers.Authoring;

namespace RulesSdk.Analyzers.Tests;

public sealed class DRA1006RegexWithoutTimeoutTests
{
    [Fact]
    public Task RegexWithoutTimeoutInAnAnalyzer_IsFlagged() =>
        Verify<RegexTimeoutAnalyzer>.AnalyzerAsync(Usings.Header + """
            public sealed partial class LeadIn : DocumentAnalyzer
            {
                private static readonly Regex Constructed = {|DRA1006:new Regex("je suis ravi", RegexOptions.IgnoreCase)|};
                private static readonly Regex Bounded = new("je suis ravi", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
                private static readonly Regex Linear = new("je suis ravi", RegexOptions.NonBacktracking);

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

                public override void Initialize(AnalysisContext context) =>
                    context.RegisterDocumentAction(c => _ = {|DRA1006:Regex.IsMatch(c.Text.ToString(), "ravi")|} || Generated().IsMatch("x") || Timed().IsMatch("x"));

                [{|DRA1006:GeneratedRegex("ravi")|}]
                private static partial Regex Generated();

                [GeneratedRegex("ravi", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
                private static partial Regex Timed();
            }

            // What the regex source generator would write (it does not run in this test).
            public sealed partial class LeadIn
            {
                private static partial Regex Generated() => Bounded;

                private static partial Regex Timed() => Bounded;
            }
            """);

    [Fact]
    public Task RegexOutsideAnAnalyzer_IsNotJudged() =>
        Verify<RegexTimeoutAnalyzer>.AnalyzerAsync(Usings.Header + """
            public static class Tool
            {
                public static bool Check(string text) => new Regex("ravi").IsMatch(text);
            }
            """);
}
