using System.CommandLine.Parsing;
using System.Globalization;

namespace RulesSdk.Cli.Commands;

/// <summary>Parses a numeric option's token as a whole number in a range, reporting a usage error (exit 2) that names the option.</summary>
public static class WholeNumber
{
    public static int Parse(ArgumentResult result, string option, int minimum, int maximum)
    {
        ArgumentNullException.ThrowIfNull(result);
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{option} '{token}': expected a whole number from {minimum} to {maximum}");
            return minimum;
        }

        if (value < minimum || value > maximum)
        {
            result.AddError($"{option} {token}: must be from {minimum} to {maximum}");
            return minimum;
        }

        return (int)value;
    }
}
