using RulesSdk.Text;

namespace RulesSdk.Rules.Kinds;

/// <summary>Helpers for checks that report a whole scope.</summary>
internal static class ScopeText
{
    /// <summary>The scope without the white space (blanked markup included) at its ends.</summary>
    public static TextSpan Trim(string prose, TextSpan scope)
    {
        var start = scope.Start;
        var end = scope.End;
        while (start < end && char.IsWhiteSpace(prose[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(prose[end - 1]))
        {
            end--;
        }

        return start == end ? new TextSpan(scope.Start, 0) : TextSpan.FromBounds(start, end);
    }
}
