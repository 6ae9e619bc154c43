using System.Security.Cryptography;
using System.Text;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Text;

/// <summary>The streaming UTF-8 file decoder used for large files agrees with the in-memory one.</summary>
public sealed class Utf8FileDecodingTests
{
    // Multi-byte characters land on every offset, so some straddle the 64 KB chunk boundaries.
    private static string LargeText() =>
        string.Concat(Enumerable.Range(0, 40_000).Select(i => $"Ligne {i} : « déjà vu » – 😀 l’été {i % 7}\n"));

    [Fact]
    public void LargeFile_DecodesLikeTheBytes_AndHashesThem()
    {
        using var temp = new TempDirectory();
        var bytes = Encoding.UTF8.GetBytes(LargeText());
        var path = temp.WriteBytes("big.txt", bytes);

        var text = SourceText.TryDecodeUtf8File(path, out var hash);

        Assert.NotNull(text);
        Assert.Equal(SourceText.Decode(bytes).ToString(), text.ToString());
        Assert.Equal(SHA256.HashData(bytes), hash);
        Assert.Equal(bytes, text.Encode());
    }

    [Fact]
    public void ByteOrderMark_OrInvalidUtf8_FallsBackToTheByteDecoder()
    {
        using var temp = new TempDirectory();
        var bom = temp.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, (byte)'a']);
        var invalid = temp.WriteBytes("bad.txt", [(byte)'a', 0xC3, (byte)'(', (byte)'b']);

        Assert.Null(SourceText.TryDecodeUtf8File(bom, out _));
        Assert.Null(SourceText.TryDecodeUtf8File(invalid, out _));
    }

    [Fact]
    public void NulByte_IsBinary_WithItsOffset()
    {
        using var temp = new TempDirectory();
        var bytes = Encoding.UTF8.GetBytes(LargeText());
        bytes[100_000] = 0;
        var path = temp.WriteBytes("bin.txt", bytes);

        var error = Assert.Throws<InvalidTextException>(() => SourceText.TryDecodeUtf8File(path, out _));

        Assert.Equal(TextDecodingErrorKind.Binary, error.Kind);
        Assert.Equal(100_000, error.ByteOffset);
    }

    [Fact]
    public void FolderWorkspace_LargeFile_LoadsAndWritesBackByteExact()
    {
        using var temp = new TempDirectory();
        var original = LargeText() + LargeText() + LargeText();
        var path = temp.WriteBytes("big.txt", Encoding.UTF8.GetBytes(original));
        Assert.True(new FileInfo(path).Length > 4 * 1024 * 1024);

        var workspace = FolderWorkspace.Open(temp.Path);
        var snapshot = workspace.CurrentDocuments;
        var document = Assert.Single(snapshot.Documents);
        Assert.Equal(original, document.Text.ToString());

        var changed = document.Text.WithChanges(new TextChange(new TextSpan(0, 5), "LIGNE"));
        Assert.True(workspace.TryApplyChanges(snapshot.WithDocumentText(document.Id, changed), snapshot));
        Assert.Empty(workspace.WriteFailures);
        Assert.Equal(Encoding.UTF8.GetBytes("LIGNE" + original[5..]), File.ReadAllBytes(path));
    }
}
