using System.Text;
using RulesSdk.Text;

namespace RulesSdk.Tests.Text;

/// <summary>Decode then Encode gives back the stored bytes, whatever the encoding, mark and newlines.</summary>
public sealed class SourceTextEncodingTests
{
    private const string Content = "Titre « accentué » — ça va\nDeuxième ligne: 1\u202F000 €\n";

    public static TheoryData<string, byte[]> RoundTripCases()
    {
        var data = new TheoryData<string, byte[]>
        {
            { "utf8-no-bom", new UTF8Encoding(false).GetBytes(Content) },
            { "utf8-bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Content)] },
            { "utf16le-bom", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Content)] },
            { "utf16be-bom", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Content)] },
            { "utf32le-bom", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Content)] },
            { "utf8-crlf", new UTF8Encoding(false).GetBytes(Content.Replace("\n", "\r\n", StringComparison.Ordinal)) },
            { "utf8-cr", new UTF8Encoding(false).GetBytes(Content.Replace("\n", "\r", StringComparison.Ordinal)) },
            { "utf8-bom-crlf-no-final-newline", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("a\r\nb\r\nc")] },
            { "empty", [] },
            { "utf8-bom-only", [0xEF, 0xBB, 0xBF] },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(RoundTripCases))]
    public void Decode_Encode_RoundTripsByteExact(string name, byte[] bytes)
    {
        var text = SourceText.Decode(bytes);

        Assert.True(bytes.AsSpan().SequenceEqual(text.Encode()), name);
    }

    [Fact]
    public void Decode_Utf8WithoutBom_RemembersNoBom()
    {
        var text = SourceText.Decode(new UTF8Encoding(false).GetBytes(Content));

        Assert.False(text.HasByteOrderMark);
        Assert.Equal("utf-8", text.Encoding.WebName);
        Assert.Equal(Content, text.ToString());
    }

    [Fact]
    public void Decode_Utf8Bom_StripsMarkFromText()
    {
        var text = SourceText.Decode([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);

        Assert.True(text.HasByteOrderMark);
        Assert.Equal("hi", text.ToString());
        Assert.Equal("utf-8", text.Encoding.WebName);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'h', 0, (byte)'i', 0 }, "utf-16")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'h', 0, (byte)'i' }, "utf-16BE")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0, 0, (byte)'h', 0, 0, 0, (byte)'i', 0, 0, 0 }, "utf-32")]
    [InlineData(new byte[] { 0, 0, 0xFE, 0xFF, 0, 0, 0, (byte)'h', 0, 0, 0, (byte)'i' }, "utf-32BE")]
    public void Decode_ByteOrderMark_SelectsEncoding(byte[] bytes, string webName)
    {
        var text = SourceText.Decode(bytes);

        Assert.Equal("hi", text.ToString());
        Assert.Equal(webName, text.Encoding.WebName);
        Assert.True(text.HasByteOrderMark);
        Assert.Equal(bytes, text.Encode());
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Decode_RemembersNewLineStyle_AndChangesKeepIt(string newLine)
    {
        var original = $"one{newLine}two{newLine}three{newLine}";
        var bytes = Encoding.UTF8.GetBytes(original);

        var text = SourceText.Decode(bytes);
        var changed = text.WithChanges(new TextChange(new TextSpan(original.IndexOf("two", StringComparison.Ordinal), 3), "2"));

        Assert.Equal(newLine, text.NewLine);
        Assert.Equal(Encoding.UTF8.GetBytes($"one{newLine}2{newLine}three{newLine}"), changed.Encode());
    }

    [Fact]
    public void Decode_ChangedUtf16Text_EncodesWithMarkAndOnlyTheChangeDiffers()
    {
        byte[] bytes = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Je trouve ça.\r\nFin.")];
        var text = SourceText.Decode(bytes);

        var changed = text.WithChanges(new TextChange(new TextSpan(3, 6), "pense"));

        byte[] expected = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Je pense ça.\r\nFin.")];
        Assert.Equal(expected, changed.Encode());
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', (byte)'b', (byte)'c', 0xC3, 0x28, (byte)'d' }, 3)] // bad continuation byte
    [InlineData(new byte[] { (byte)'o', (byte)'k', 0xFF }, 2)] // never valid in UTF-8
    [InlineData(new byte[] { (byte)'a', (byte)'b', (byte)'c', 0xE2, 0x82 }, 3)] // truncated at the end
    [InlineData(new byte[] { 0xC0, 0xAF }, 0)] // overlong encoding of '/'
    [InlineData(new byte[] { (byte)'x', 0xED, 0xA0, 0x80 }, 1)] // encoded surrogate
    public void Decode_InvalidUtf8_ThrowsInvalidEncodingAtByteOffset(byte[] bytes, int offset)
    {
        var ex = Assert.Throws<InvalidTextException>(() => SourceText.Decode(bytes));

        Assert.Equal(TextDecodingErrorKind.InvalidEncoding, ex.Kind);
        Assert.Equal(offset, ex.ByteOffset);
        Assert.Contains($"byte offset {offset}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_InvalidUtf8AfterMultiByteCharacters_OffsetCountsBytesNotCharacters()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("éé€"), 0x80];

        var ex = Assert.Throws<InvalidTextException>(() => SourceText.Decode(bytes));

        Assert.Equal(7, ex.ByteOffset);
        Assert.Contains("0x80", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_InvalidUtf8AfterBom_ThrowsInvalidEncoding()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', 0xFF, (byte)'b'];

        var ex = Assert.Throws<InvalidTextException>(() => SourceText.Decode(bytes));

        Assert.Equal(TextDecodingErrorKind.InvalidEncoding, ex.Kind);
        Assert.Equal(4, ex.ByteOffset);
    }

    [Fact]
    public void Decode_NulByte_IsBinaryAtItsOffset()
    {
        byte[] bytes = [(byte)'P', (byte)'K', 3, 4, 0, 0];

        var ex = Assert.Throws<InvalidTextException>(() => SourceText.Decode(bytes));

        Assert.Equal(TextDecodingErrorKind.Binary, ex.Kind);
        Assert.Equal(4, ex.ByteOffset);
        Assert.Contains("NUL", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NulByteBeforeInvalidUtf8_IsBinaryNotInvalidEncoding()
    {
        var ex = Assert.Throws<InvalidTextException>(() => SourceText.Decode([0xFF, 0x00, 0x12]));

        Assert.Equal(TextDecodingErrorKind.Binary, ex.Kind);
        Assert.Equal(1, ex.ByteOffset);
    }

    [Fact]
    public void Decode_ControlCharacter_IsBinary()
    {
        var ex = Assert.Throws<InvalidTextException>(() => SourceText.Decode(Encoding.UTF8.GetBytes("éa\u0001b")));

        Assert.Equal(TextDecodingErrorKind.Binary, ex.Kind);
        Assert.Equal(3, ex.ByteOffset);
        Assert.Contains("U+0001", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TabsFormFeedAndEscape_AreText()
    {
        var text = SourceText.Decode(Encoding.UTF8.GetBytes("a\tb\fc\u001Bd\r\n"));

        Assert.Equal("a\tb\fc\u001Bd\r\n", text.ToString());
    }

    [Fact]
    public void Decode_Utf16NulCharacter_IsBinaryWithByteOffset()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, 0, 0];

        var ex = Assert.Throws<InvalidTextException>(() => SourceText.Decode(bytes));

        Assert.Equal(TextDecodingErrorKind.Binary, ex.Kind);
        Assert.Equal(4, ex.ByteOffset);
    }

    [Fact]
    public void Decode_Utf16OddLength_IsInvalidEncoding()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, (byte)'b'];

        var ex = Assert.Throws<InvalidTextException>(() => SourceText.Decode(bytes));

        Assert.Equal(TextDecodingErrorKind.InvalidEncoding, ex.Kind);
    }

    [Fact]
    public void Decode_InvalidUtf8WithFallback_UsesLatin1AndRoundTrips()
    {
        byte[] bytes = [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0xAB, (byte)'o', 0xBB, (byte)'\r', (byte)'\n'];

        var text = SourceText.Decode(bytes, Encoding.Latin1);

        Assert.Equal("Café «o»\r\n", text.ToString());
        Assert.False(text.HasByteOrderMark);
        Assert.Equal(Encoding.Latin1.WebName, text.Encoding.WebName);
        Assert.Equal(bytes, text.Encode());
        var changed = text.WithChanges(new TextChange(new TextSpan(6, 1), "ô"));
        Assert.Equal([.. bytes[..6], 0xF4, .. bytes[7..]], changed.Encode());
    }

    [Fact]
    public void Decode_ValidUtf8WithFallback_StaysUtf8()
    {
        var text = SourceText.Decode(Encoding.UTF8.GetBytes("Café"), Encoding.Latin1);

        Assert.Equal("Café", text.ToString());
        Assert.Equal("utf-8", text.Encoding.WebName);
    }

    [Fact]
    public void Decode_FallbackStillRejectsBinary()
    {
        var ex = Assert.Throws<InvalidTextException>(() => SourceText.Decode([0xE9, 0x02], Encoding.Latin1));

        Assert.Equal(TextDecodingErrorKind.Binary, ex.Kind);
        Assert.Equal(1, ex.ByteOffset);
    }

    [Fact]
    public void Encode_CharacterTheEncodingCannotStore_ThrowsInsteadOfWritingQuestionMarks()
    {
        var text = SourceText.Decode([(byte)'C', (byte)'a', (byte)'f', 0xE9], Encoding.Latin1);
        var changed = text.WithChanges(new TextChange(new TextSpan(4, 0), " 5 €"));

        Assert.Throws<EncoderFallbackException>(() => changed.Encode());
    }

    [Fact]
    public void Decode_Stream_SameAsBytes()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("flux\r\n")];
        using var stream = new MemoryStream(bytes);

        var text = SourceText.Decode(stream);

        Assert.Equal("flux\r\n", text.ToString());
        Assert.Equal(bytes, text.Encode());
    }
}
