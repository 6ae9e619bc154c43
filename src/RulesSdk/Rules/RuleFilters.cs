using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Rules;

/// <summary>The filters of declarative rules, shared by all generated analyzers.</summary>
public static class RuleFilters
{
    public static bool IsOutsideQuotes(DocumentSyntax syntax, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        return !syntax.IsInQuote(span.Start);
    }

    public static bool IsInsideQuotes(DocumentSyntax syntax, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        return syntax.IsInQuote(span.Start);
    }

    /// <summary>True when the document option equals (or, negated, differs from) the value, ignoring case.</summary>
    public static bool OptionIs(TextDocument document, string name, string value, bool negated)
    {
        ArgumentNullException.ThrowIfNull(document);
        var actual = document.GetOption(name);
        var equal = string.Equals(actual, value, StringComparison.OrdinalIgnoreCase);
        return negated ? !equal : equal;
    }

    /// <summary>True when any of the <c>unless</c> matchers matches in the scope.</summary>
    public static bool AnyMatch(RuleMatcher[] matchers, DocumentSyntax syntax, TextSpan scope)
    {
        ArgumentNullException.ThrowIfNull(matchers);
        foreach (var matcher in matchers)
        {
            if (matcher.IsMatch(syntax, scope))
            {
                return true;
            }
        }

        return false;
    }
}
