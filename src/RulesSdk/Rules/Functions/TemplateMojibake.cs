using System.Text;

namespace RulesSdk.Rules;

/// <summary>
/// UTF-8 text that was once read as Windows-1252 ("bÃ©atifiÃ©e", "Ukraineâ€™s"): each run of characters above
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
            return StrictUtf8.GetString(Windows1252.GetBytes(run));
        }
        catch (Exception ex) when (ex is EncoderFallbackException or DecoderFallbackException or ArgumentException)
        {
            return run;
        }
    }

    private static bool IsWindows1252(char c)
    {
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
