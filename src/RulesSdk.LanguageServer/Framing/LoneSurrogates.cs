namespace RulesSdk.LanguageServer.Framing;

/// <summary>
/// JSON lets a string escape a lone UTF-16 surrogate (<c>"\ud800"</c>), which System.Text.Json refuses to
/// read: the whole message would fail, and a didOpen or didChange would be lost with no word to the client.
/// Such escapes are rewritten to <c>\ufffd</c> (U+FFFD, as a UTF-8 decoder replaces what it cannot read),
/// in place: both escapes are six bytes, and U+FFFD is one UTF-16 unit as the surrogate was, so positions
/// in the text do not move.
/// </summary>
internal static class LoneSurrogates
{
    /// <summary>Rewrites the lone surrogate escapes of a well-formed JSON message; returns how many.</summary>
    public static int Repair(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var repaired = 0;
        var i = Array.IndexOf(body, (byte)'\\');

        // In well-formed JSON a backslash only appears inside a string, and starts an escape.
        while (i >= 0 && i + 1 < body.Length)
        {
            if (body[i + 1] != 'u' || CodeUnit(body, i) is not { } unit || !char.IsSurrogate(unit))
            {
                i = Next(body, i + 2);
                continue;
            }

            if (char.IsHighSurrogate(unit) && CodeUnit(body, i + 6) is { } low && char.IsLowSurrogate(low))
            {
                i = Next(body, i + 12);
                continue;
            }

            "\\ufffd"u8.CopyTo(body.AsSpan(i, 6));
            repaired++;
            i = Next(body, i + 6);
        }

        return repaired;
    }

    // The code unit of a \uXXXX escape at start, or null when there is none.
    private static char? CodeUnit(byte[] body, int start)
    {
        if (start + 6 > body.Length || body[start] != '\\' || body[start + 1] != 'u')
        {
            return null;
        }

        var value = 0;
        for (var k = start + 2; k < start + 6; k++)
        {
            var digit = HexValue(body[k]);
            if (digit < 0)
            {
                return null;
            }

            value = (value << 4) | digit;
        }

        return (char)value;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static int Next(byte[] body, int from) =>
        from >= body.Length ? -1 : Array.IndexOf(body, (byte)'\\', from);
}
