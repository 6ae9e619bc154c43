using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Analyzers;

/// <summary>
/// The <see cref="BlockResultCache"/> keys of one document version's blocks: built once per
/// analysis and shared by every analyzer. A block is widened to whole lines, so that its line
/// actions see only keyed text; a block that shares a line with a neighbour is not cacheable.
/// </summary>
internal sealed class DocumentBlockKeys
{
    private readonly SourceText _text;
    private readonly DocumentSyntax _syntax;
    private readonly byte[] _context;
    private readonly UInt128[] _hashes;
    private readonly bool[] _hashed;

    private DocumentBlockKeys(SourceText text, DocumentSyntax syntax, byte[] context, BlockKey[] blocks, int[] lineOwners, int lastNonBlankLine)
    {
        _text = text;
        _syntax = syntax;
        _context = context;
        Blocks = blocks;
        LineOwners = lineOwners;
        LastNonBlankLine = lastNonBlankLine;
        _hashes = new UInt128[blocks.Length];
        _hashed = new bool[blocks.Length];
    }

    public BlockKey[] Blocks { get; }

    /// <summary>Per line, the cacheable block whose lines hold it, or -1.</summary>
    public int[] LineOwners { get; }

    public int LastNonBlankLine { get; }

    public static int FindLastNonBlankLine(TextLineCollection lines, DocumentSyntax syntax)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (!syntax.Prose.AsSpan(lines[i].Span.Start, lines[i].Span.Length).IsWhiteSpace())
            {
                return i;
            }
        }

        return -1;
    }

    public static DocumentBlockKeys Create(TextDocument document, DocumentSyntax syntax)
    {
        var text = document.Text;
        var lines = text.Lines;
        var last = FindLastNonBlankLine(lines, syntax);
        var blocks = syntax.Blocks;
        var keys = new BlockKey[blocks.Length];
        for (var i = 0; i < blocks.Length; i++)
        {
            var span = blocks[i].Span;
            var firstLine = lines.IndexOf(span.Start);
            var lastLine = lines.IndexOf(span.IsEmpty ? span.Start : span.End - 1);
            keys[i] = new BlockKey(firstLine, lastLine, TextSpan.FromBounds(lines[firstLine].Start, lines[lastLine].End), true);
        }

        var owners = new int[lines.Count];
        Array.Fill(owners, -1);
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if ((i > 0 && keys[i - 1].LastLine >= key.FirstLine) || (i < keys.Length - 1 && keys[i + 1].FirstLine <= key.LastLine))
            {
                keys[i] = key with { Cacheable = false };
                continue;
            }

            for (var line = key.FirstLine; line <= key.LastLine; line++)
            {
                owners[line] = i;
            }
        }

        return new DocumentBlockKeys(text, syntax, DocumentContextHash(document, syntax), keys, owners, last);
    }

    /// <summary>The block's key, computed on first use (most blocks never need one).</summary>
    public UInt128 GetHash(int index)
    {
        if (_hashed[index])
        {
            return _hashes[index];
        }

        var key = Blocks[index];
        var block = _syntax.Blocks[index];
        const int HeaderLength = 32 + (6 * sizeof(int));
        var length = HeaderLength + (4 * key.Lines.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var bytes = buffer.AsSpan(0, length);
            _context.CopyTo(bytes);
            var fields = bytes[32..];
            BinaryPrimitives.WriteInt32LittleEndian(fields, (int)block.Kind);
            BinaryPrimitives.WriteInt32LittleEndian(fields[4..], block.HeadingLevel);
            BinaryPrimitives.WriteInt32LittleEndian(fields[8..], (block.IsFirst ? 1 : 0) | (block.IsLast ? 2 : 0) | (key.FirstLine == 0 ? 4 : 0) |
                (key.FirstLine <= LastNonBlankLine && LastNonBlankLine <= key.LastLine ? 8 : 0));
            BinaryPrimitives.WriteInt32LittleEndian(fields[12..], block.Span.Start - key.Lines.Start);
            BinaryPrimitives.WriteInt32LittleEndian(fields[16..], block.Span.Length);
            BinaryPrimitives.WriteInt32LittleEndian(fields[20..], key.Lines.Length);
            var chars = 2 * key.Lines.Length;
            MemoryMarshal.AsBytes(_text.AsSpan(key.Lines)).CopyTo(bytes[HeaderLength..]);
            MemoryMarshal.AsBytes(_syntax.Prose.AsSpan(key.Lines.Start, key.Lines.Length)).CopyTo(bytes[(HeaderLength + chars)..]);
            Span<byte> digest = stackalloc byte[32];
            SHA256.HashData(bytes, digest);
            _hashes[index] = BinaryPrimitives.ReadUInt128LittleEndian(digest);
            _hashed[index] = true;
            return _hashes[index];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>What every block of the document shares: path, kind, language, options, front matter.</summary>
    private static byte[] DocumentContextHash(TextDocument document, DocumentSyntax syntax)
    {
        var builder = new StringBuilder();
        Append(builder, document.Path);
        Append(builder, document.Kind.ToString());
        Append(builder, syntax.Language);
        foreach (var (name, value) in document.Options.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            Append(builder, "o:" + name);
            Append(builder, value);
        }

        foreach (var (name, value) in syntax.FrontMatter.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            Append(builder, "f:" + name);
            Append(builder, value);
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));

        static void Append(StringBuilder builder, string value) => builder.Append(value.Length).Append(':').Append(value).Append('\0');
    }
}
