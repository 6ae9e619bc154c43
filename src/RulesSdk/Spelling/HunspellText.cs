using System.Text;

namespace RulesSdk.Spelling;

/// <summary>Decodes a Hunspell file pair: the <c>SET</c> line of the .aff names the encoding of both.</summary>
internal static class HunspellText
{
    static HunspellText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding the .aff declares (UTF-8, ISO8859-1 … 15, KOI8-R…); ISO8859-1 when it declares none, as Hunspell assumes.</summary>
    public static Encoding EncodingOf(byte[] affix, string fileName)
    {
        // The SET line is ASCII, so Latin-1 finds it in any encoding.
        var latin = Encoding.Latin1.GetString(affix);
        foreach (var raw in latin.Split('\n'))
        {
            var line = raw.Trim().TrimStart('\uFEFF', 'ï', '»', '¿');
            if (!line.StartsWith("SET", StringComparison.Ordinal) || line.Length < 4 || !char.IsWhiteSpace(line[3]))
            {
                continue;
            }

            var name = line[4..].Trim();
            if (name.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true);
            }

            // Hunspell writes ISO8859-1; .NET knows ISO-8859-1.
            var dotnetName = name.StartsWith("ISO8859-", StringComparison.OrdinalIgnoreCase) ? "ISO-8859-" + name[8..] : name;
            try
            {
                return Encoding.GetEncoding(dotnetName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (ArgumentException)
            {
                throw new HunspellFormatException(fileName, 0, $"unknown encoding '{name}' in its SET line");
            }
        }

        return Encoding.Latin1;
    }

    public static string Decode(byte[] bytes, Encoding encoding, string fileName)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new HunspellFormatException(fileName, 0, "is not a text file (it contains NUL bytes)");
        }

        try
        {
            var text = encoding.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException exception)
        {
            throw new HunspellFormatException(fileName, $"is not valid {encoding.WebName} as its .aff declares (byte offset {exception.Index})", exception);
        }
    }
}
