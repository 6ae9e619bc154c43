using System.Collections.Immutable;
using Sprache;

namespace RulesSdk.Dsl.Binding;

/// <summary>Parses "{speaker}, {role}, {third_person(verb)}" templates; {{ and }} are literal braces.</summary>
internal static class TemplateParser
{
    private static readonly Parser<string> Name = Parse.Regex(@"[A-Za-z_][A-Za-z0-9_]*").Named("a capture or function name");

    private static readonly Parser<TemplateNode> Expression = BuildExpression();

    private static readonly Parser<TemplateNode> Part =
        Parse.String("{{").Return((TemplateNode)new LiteralTemplateNode("{"))
            .Or(Parse.String("}}").Return((TemplateNode)new LiteralTemplateNode("}")))
            .Or(from open in Parse.Char('{')
                from expression in Expression
                from close in Parse.Char('}').Named("'}'")
                select expression)
            .Or(Parse.CharExcept("{}").AtLeastOnce().Text().Select(t => (TemplateNode)new LiteralTemplateNode(t)));

    private static readonly Parser<IEnumerable<TemplateNode>> Template = Part.Many().End();

    /// <summary>Function calls nested inside one another, at most (the parser recurses once per call).</summary>
    public const int MaxCallNesting = 32;

    public static bool TryParse(string template, out ImmutableArray<TemplateNode> nodes, out string error)
    {
        nodes = [];
        if (TooDeepAt(template) is { } position)
        {
            error = $"function calls nested deeper than {MaxCallNesting} levels at character {position + 1}";
            return false;
        }

        var result = Template.TryParse(template);
        if (result.WasSuccessful)
        {
            nodes = [.. Merge(result.Value)];
            error = string.Empty;
            return true;
        }

        var expected = string.Join(" or ", result.Expectations.Distinct());
        error = $"invalid template at character {result.Remainder.Position + 1}" + (expected.Length > 0 ? $": expected {expected}" : " (use {{ and }} for literal braces)");
        return false;
    }

    /// <summary>The index of the first '(' nested past <see cref="MaxCallNesting"/> inside a {…} expression, if any.</summary>
    private static int? TooDeepAt(string template)
    {
        var inside = false;
        var depth = 0;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (!inside)
            {
                if (c is '{' or '}' && i + 1 < template.Length && template[i + 1] == c)
                {
                    i++;
                }
                else if (c == '{')
                {
                    inside = true;
                    depth = 0;
                }
            }
            else if (c == '(' && ++depth > MaxCallNesting)
            {
                return i;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == '}')
            {
                inside = false;
            }
        }

        return null;
    }

    public static IEnumerable<string> CapturesOf(TemplateNode node) => node switch
    {
        CaptureTemplateNode capture => [capture.Name],
        CallTemplateNode call => [.. CapturesOf(call.Argument), .. call.Second is null ? [] : CapturesOf(call.Second)],
        _ => [],
    };

    public static IEnumerable<string> FunctionsOf(TemplateNode node) => node switch
    {
        CallTemplateNode call => [call.Function, .. FunctionsOf(call.Argument), .. call.Second is null ? [] : FunctionsOf(call.Second)],
        _ => [],
    };

    /// <summary>
    /// The calls of <paramref name="node"/> given a number of arguments their function does not take, as
    /// "name (takes N)" (every function takes one; <paramref name="arities"/> lists the others).
    /// </summary>
    public static IEnumerable<string> ArityErrorsOf(TemplateNode node, IReadOnlyDictionary<string, (int Min, int Max)> arities)
    {
        if (node is not CallTemplateNode call)
        {
            yield break;
        }

        var (min, max) = arities.TryGetValue(call.Function, out var range) ? range : (1, 1);
        var given = call.Second is null ? 1 : 2;
        if (given < min || given > max)
        {
            yield return $"'{call.Function}' takes {(min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{min} or {max}")} argument{(max > 1 ? "s" : string.Empty)}, not {given}";
        }

        foreach (var inner in ArityErrorsOf(call.Argument, arities).Concat(call.Second is null ? [] : ArityErrorsOf(call.Second, arities)))
        {
            yield return inner;
        }
    }

    private static Parser<TemplateNode> BuildExpression()
    {
        Parser<TemplateNode>? expression = null;
        var call =
            from name in Name
            from open in Parse.Char('(').Token()
            from argument in Parse.Ref(() => expression!).Token()
            from second in Parse.Char(',').Token().Then(_ => Parse.Ref(() => expression!).Token()).Optional()
            from close in Parse.Char(')').Named("')'")
            select (TemplateNode)new CallTemplateNode(name, argument, second.GetOrDefault());
        var capture = Name.Token().Select(n => (TemplateNode)new CaptureTemplateNode(n));
        expression = call.Or(capture);
        return expression;
    }

    private static IEnumerable<TemplateNode> Merge(IEnumerable<TemplateNode> nodes)
    {
        string? pending = null;
        foreach (var node in nodes)
        {
            if (node is LiteralTemplateNode literal)
            {
                pending += literal.Text;
                continue;
            }

            if (pending is not null)
            {
                yield return new LiteralTemplateNode(pending);
                pending = null;
            }

            yield return node;
        }

        if (pending is not null)
        {
            yield return new LiteralTemplateNode(pending);
        }
    }
}
