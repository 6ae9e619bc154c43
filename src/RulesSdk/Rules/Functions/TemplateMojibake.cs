using System.Text;

namespace RulesSdk.Rules;

/// <summary>
/// UTF-8 text that was once read as Windows-1252 ("bÃ©atifiÃ©e", "Ukraineâ€™s", "â€œYesâ€\u009D"): each run of characters above
/// ASCII that Windows-1252 can write is written back to its bytes and read again as UTF-8. A run that does not
/// make valid UTF-8 ("Âge", "São") is real text and stays as it is, so the repair never invents a letter.
/// </summary>
internal static class TemplateMojibake
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(
        1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static string Repair(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] < 0x80)
            {
                result.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && text[i] >= 0x80 && IsWindows1252(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                result.Append(text[i++]);
                continue;
            }

            result.Append(Redecode(text[start..i]));
        }

        return result.ToString();
    }

    private static string Redecode(string run)
    {
        try
        {
            var bytes = new byte[run.Length * 2];
            var count = 0;
            foreach (var c in run)
            {
                // The five bytes Windows-1252 leaves undefined come through as C1 controls (0x9D ends a closing ”).
                count += IsUndefinedByte(c) ? Put(bytes, count, (byte)c) : Windows1252.GetBytes([c], 0, 1, bytes, count);
            }

            return StrictUtf8.GetString(bytes, 0, count);
        }
        catch (Exception ex) when (ex is EncoderFallbackException or DecoderFallbackException or ArgumentException)
        {
            return run;
        }
    }

    private static bool IsUndefinedByte(char c) => c is '\u0081' or '\u008D' or '\u008F' or '\u0090' or '\u009D';

    private static int Put(byte[] bytes, int at, byte value)
    {
        bytes[at] = value;
        return 1;
    }

    private static bool IsWindows1252(char c)
    {
        if (IsUndefinedByte(c))
        {
            return true;
        }

        try
        {
            Windows1252.GetByteCount([c]);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
