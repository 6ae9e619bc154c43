using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace RulesSdk.Dsl.Emit;

/// <summary>Identifiers for generated code, built only from ASCII letters and digits of DSL names.</summary>
internal static class CSharpNames
{
    public static string Pascal(string name, string fallback)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }

        }

        // Very long DSL names still make short, valid identifiers; a hash of the whole name keeps
        // names that share their first 64 characters apart (two classes must never collide).
        if (builder.Length > 64)
        {
            var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name));
            builder.Length = 64;
            builder.Append('_').Append(Convert.ToHexString(hash, 0, 6));
        }

        var result = builder.ToString();
        if (result.Length == 0 || char.IsAsciiDigit(result[0]))
        {
            result = fallback + result;
        }

        return SyntaxFacts.IsValidIdentifier(result) && SyntaxFacts.GetKeywordKind(result) == SyntaxKind.None ? result : fallback + result;
    }

    /// <summary>A C# string literal for any text, through Roslyn's literal formatting (never spliced).</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Literal(bool value) => value ? "true" : "false";

    public static string Literal(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string StringArray(IEnumerable<string> values) =>
        "new string[] { " + string.Join(", ", values.Select(Literal)) + " }";
}
