using System.Text.RegularExpressions;

namespace RulesSdk.Dsl;

/// <summary>
/// The DSL's <c>l</c> regex flag: the pattern runs on .NET's non-backtracking engine
/// (<see cref="RegexOptions.NonBacktracking"/>), in time linear in the text, as RE2 does. That engine
/// finds the same matches and captures as the backtracking one, but refuses lookarounds,
/// backreferences, atomic groups, conditionals, <c>\G</c>, and patterns whose automaton would pass
/// its size limit (10,000 nodes).
/// </summary>
public static partial class LinearRegex
{
    /// <summary>The DSL flag letter.</summary>
    public const char Flag = 'l';

    /// <summary>
    /// Why the non-backtracking engine cannot run <paramref name="pattern"/>, or null when it can. A
    /// pattern that does not parse at all is not this method's concern: it throws
    /// <see cref="RegexParseException"/> as the constructor does.
    /// </summary>
    public static string? Refusal(string pattern, RegexOptions options)
    {
        try
        {
            _ = new Regex(pattern, options | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (NotSupportedException ex)
        {
            return Reason(ex.Message);
        }
    }

    /// <summary>
    /// A list as the binder splices it into a regex (<c>@name</c>): a trie-shaped alternation, so that a host
    /// writing rules (the Vale importer) can ask about the pattern the engine will get.
    /// </summary>
    public static string SplicedList(IEnumerable<string> entries) => Binding.ListAlternation.Build(entries);

    /// <summary>
    /// The DSL0047 message for a pattern flagged <c>l</c> that the engine refuses for <paramref name="reason"/>
    /// (<see cref="Refusal"/>).
    /// </summary>
    public static string Message(string reason) =>
        $"the l flag runs the pattern in linear time (.NET's non-backtracking engine), which cannot run it: {reason}; drop the flag, or rewrite the pattern";

    /// <summary>.NET's explanation, shortened to the construct it names or the size it reached.</summary>
    private static string Reason(string message)
    {
        if (Construct().Match(message) is { Success: true } construct)
        {
            return $"it uses {construct.Groups[1].Value}, which needs backtracking";
        }

        return Size().Match(message) is { Success: true } size
            ? $"its automaton could reach {size.Groups[1].Value} nodes, over the engine's limit of {size.Groups[2].Value}"
            : message;
    }

    // "RegexOptions.NonBacktracking is not supported in conjunction with expressions containing: 'backreference (\ number)'."
    [GeneratedRegex(@"containing: '(.+)'\.?\z")]
    private static partial Regex Construct();

    // "… could result in an automata as large as '100001' nodes, which is larger than the configured limit of '10000'."
    [GeneratedRegex(@"as large as '(\d+)' nodes.*limit of '(\d+)'")]
    private static partial Regex Size();
}
