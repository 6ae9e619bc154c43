using System.Text;
using System.Text.Unicode;

namespace RulesSdk.LanguageServer.Framing;

/// <summary>
/// LSP bodies are UTF-8, but a client may copy raw bytes of a file in another encoding into a string
/// (<c>"\xFF\xFE"</c>): System.Text.Json refuses the string, and a didOpen would be lost with no word to the
/// client (its later didChanges ignored, as for a document never opened). Such a body is decoded as a UTF-8
/// decoder does, each invalid sequence becoming U+FFFD, as <see cref="LoneSurrogates"/> does for escapes.
/// </summary>
internal static class InvalidUtf8
{
    /// <summary>The body with its invalid UTF-8 sequences replaced by U+FFFD; null when it is valid UTF-8.</summary>
    public static byte[]? Repair(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (Utf8.IsValid(body))
        {
            return null;
        }

        // Encoding.UTF8 replaces (never throws) by default; the replacement is three bytes, so the body grows.
        return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body));
    }
}
