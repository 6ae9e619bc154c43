using System.Security.Cryptography;
using System.Text;

namespace RulesSdk.Roslyn.Engine;

/// <summary>SHA-256 of a text, in hex: the key of cached results, so an unchanged document is never sent again.</summary>
internal static class ContentHash
{
    public static string Of(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var builder = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
