using System.Text;

namespace RulesSdk.Dsl;

/// <summary>
/// Reads rule and list files as strict UTF-8 (a byte order mark is allowed): invalid bytes are a
/// DSL error naming the byte offset, never replacement characters compiled into a rule.
/// </summary>
internal static class RuleFileText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null when it does not exist.</summary>
    /// <exception cref="DslException">DSL0042: the file is not valid UTF-8.</exception>
    public static string? ReadOrNull(string path) => File.Exists(path) ? Read(path) : null;

    /// <summary>
    /// Reads an imported or list file through <paramref name="readFile"/>: false when it could not
    /// be decoded (its diagnostics are added); true with null when it is not found.
    /// </summary>
    public static bool TryRead(Func<string, string?> readFile, string path, List<DslDiagnostic> diagnostics, out string? text)
    {
        try
        {
            text = readFile(path);
            return true;
        }
        catch (DslException ex)
        {
            diagnostics.AddRange(ex.Diagnostics);
            text = null;
            return false;
        }
    }

    /// <exception cref="DslException">DSL0042: the file is not valid UTF-8.</exception>
    public static string Read(string path) => Decode(path, File.ReadAllBytes(path));

    /// <exception cref="DslException">DSL0042: the bytes are not valid UTF-8.</exception>
    public static string Decode(string path, byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(ex.Index, 0);
            var line = 1 + bytes.AsSpan(0, offset).Count((byte)'\n');
            var column = offset - (bytes.AsSpan(0, offset).LastIndexOf((byte)'\n') + 1) + 1;
            throw new DslException([new DslDiagnostic("DSL0042", $"invalid UTF-8 at byte offset {offset} (byte 0x{bytes[offset]:X2}); save the file as UTF-8", path, line, column)]);
        }
    }
}
