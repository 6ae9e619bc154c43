using System.Globalization;
using System.Text.RegularExpressions;

namespace RulesSdk.Vale;

/// <summary>
/// Turns a Vale (Go regexp2 / PCRE-flavoured) pattern into a .NET one: Go's <c>(?P&lt;name&gt;…)</c>,
/// POSIX classes, <c>\x{…}</c>, <c>\h</c> and <c>\Q…\E</c> are rewritten; constructs .NET lacks
/// (<c>\K</c>, possessive quantifiers, branch reset, <c>\R</c>, the U flag) are refused with the reason.
/// </summary>
internal static partial class ValeRegex
{
    private static readonly (string Posix, string Net)[] PosixClasses =
    [
        ("[:alpha:]", @"\p{L}"), ("[:digit:]", @"\d"), ("[:alnum:]", @"\p{L}\p{N}"), ("[:space:]", @"\s"),
        ("[:upper:]", @"\p{Lu}"), ("[:lower:]", @"\p{Ll}"), ("[:punct:]", @"\p{P}"), ("[:word:]", @"\w"), ("[:xdigit:]", "0-9A-Fa-f"),
    ];

    /// <summary>The .NET pattern, or null with <paramref name="problem"/> saying which construct .NET lacks.</summary>
    public static string? Convert(string pattern, out string? problem)
    {
        problem = null;
        if (PcreOnly().Match(pattern) is { Success: true } pcre)
        {
            problem = pcre.Value switch
            {
                @"\K" => @"'\K' (keep-out) is PCRE-only; use a lookbehind (?<=…)",
                @"\R" => @"'\R' (any line break) is PCRE-only; use (?:\r\n|\n|\r)",
                "(?|" => "'(?|' (branch reset) is PCRE-only; use separate groups",
                _ when pcre.Value.StartsWith("(?", StringComparison.Ordinal) => $"the flag group '{pcre.Value}' (ungreedy U) has no .NET equivalent",
                _ => $"the possessive quantifier '{pcre.Value}' is PCRE-only; use an atomic group (?>…)",
            };
            return null;
        }

        var converted = pattern.Replace("(?P<", "(?<", StringComparison.Ordinal);
        converted = NamedBackReference().Replace(converted, @"\k<$1>");
        foreach (var (posix, net) in PosixClasses)
        {
            converted = converted.Replace(posix, net, StringComparison.Ordinal);
        }

        // Go's regexp refuses a code point past U+10FFFF or a lone surrogate, so Vale would refuse the rule too.
        if (HexEscape().Matches(converted).FirstOrDefault(m => !IsScalarValue(m.Groups[1].Value)) is { } invalid)
        {
            problem = $"'{invalid.Value}' is not a Unicode scalar value (at most U+10FFFF, not a surrogate U+D800–U+DFFF)";
            return null;
        }

        converted = HexEscape().Replace(converted, m =>
        {
            var value = int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return value <= 0xFFFF ? $"\\u{value:X4}" : Regex.Escape(char.ConvertFromUtf32(value));
        });
        converted = converted.Replace(@"\h", @"[ \t\u00A0]", StringComparison.Ordinal);
        converted = QuotedLiteral().Replace(converted, m => Regex.Escape(m.Groups[1].Value));

        // The importer marks its own list references with U+E000 (DslText.ListReference): one in the pattern is a literal.
        return converted.Replace("\uE000", "\\uE000", StringComparison.Ordinal);
    }

    private static bool IsScalarValue(string hex)
    {
        var value = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return value <= 0x10FFFF && value is < 0xD800 or > 0xDFFF;
    }

    /// <summary>True when <paramref name="pattern"/> is a plain phrase: no regex syntax at all.</summary>
    public static bool IsPlain(string pattern) => PlainPhrase().IsMatch(pattern);

    /// <summary>The .NET explanation when <paramref name="pattern"/> does not compile, else null.</summary>
    public static string? Validate(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    [GeneratedRegex(@"\\K|\\R|\(\?\||\(\?[a-zA-Z]*U[a-zA-Z]*\)|(?<!\\)(?:[*+?}])\+")]
    private static partial Regex PcreOnly();

    [GeneratedRegex(@"\(\?P=([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex NamedBackReference();

    [GeneratedRegex(@"\\x\{([0-9A-Fa-f]{1,6})\}")]
    private static partial Regex HexEscape();

    [GeneratedRegex(@"\\Q(.*?)(?:\\E|$)")]
    private static partial Regex QuotedLiteral();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} '’-]*$")]
    private static partial Regex PlainPhrase();
}
