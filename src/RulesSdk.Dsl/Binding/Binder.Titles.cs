using System.Collections.Immutable;
using RulesSdk.Dsl.Syntax;

namespace RulesSdk.Dsl.Binding;

/// <summary>Fix titles are templates too: their captures and functions are checked like a fix's.</summary>
internal sealed partial class Binder
{
    private ImmutableArray<TemplateNode>? BindTitle(FixClause fix, ImmutableArray<string> captures)
    {
        if (!TemplateParser.TryParse(fix.Title, out var nodes, out var error))
        {
            Error("DSL0018", "fix title: " + error, fix.Position);
            return null;
        }

        var ok = true;
        foreach (var node in nodes)
        {
            foreach (var name in TemplateParser.CapturesOf(node).Where(n => n != "match" && !captures.Contains(n)))
            {
                Error("DSL0003", $"fix title uses capture '{{{name}}}' but the pattern has {DescribeCaptures(captures)}", fix.Position);
                ok = false;
            }

            foreach (var function in TemplateParser.FunctionsOf(node).Where(f => !Functions.Contains(f)))
            {
                Error("DSL0006", $"unknown function '{function}' in fix title (known: {string.Join(", ", Functions.Order())})", fix.Position);
                ok = false;
            }

            foreach (var arity in TemplateParser.ArityErrorsOf(node, FunctionArities).Where(_ => ok))
            {
                Error("DSL0006", "fix title: function " + arity, fix.Position);
                ok = false;
            }
        }

        return ok ? nodes : null;
    }
}
