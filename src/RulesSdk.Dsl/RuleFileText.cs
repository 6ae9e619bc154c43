using System.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Dsl;

/// <summary>
/// Reads rule and list files as strict UTF-8 (a byte order mark is allowed): invalid bytes are a
/// DSL error naming the byte offset, never replacement characters compiled into a rule. Only regular
/// files up to <see cref="MaxBytes"/> are read: a FIFO would block, a device such as /dev/zero never ends.
/// </summary>
internal static class RuleFileText
{
    /// <summary>The largest rule, list or ignore file read (the biggest bundled list is far smaller).</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null when it does not exist.</summary>
    /// <exception cref="DslException">DSL0042: the file is not valid UTF-8; DSL0011: it is not a regular file, is over <see cref="MaxBytes"/> or cannot be read.</exception>
    public static string? ReadOrNull(string path) => ReadCore(path, missingIsNull: true);

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

    /// <exception cref="DslException">DSL0042: the file is not valid UTF-8; DSL0011: it is not a regular file, is over <see cref="MaxBytes"/> or cannot be read.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static string Read(string path) => ReadCore(path, missingIsNull: false)!;

    private static string? ReadCore(string path, bool missingIsNull)
    {
        if (BoundedFile.TryReadAllBytes(path, MaxBytes, out var failure) is { } bytes)
        {
            return Decode(path, bytes);
        }

        if (failure!.Kind == DocumentLoadFailureKind.NotFound)
        {
            return missingIsNull ? null : throw new FileNotFoundException($"'{path}' not found", path);
        }

        // Reported as a missing file is: DSL0011, naming the file and why it cannot be used.
        throw new DslException([new DslDiagnostic("DSL0011", $"'{path}' cannot be read: {failure.Message}", path, 1, 1)]);
    }

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
