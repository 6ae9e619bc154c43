using System.Collections.Immutable;
using RulesSdk.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace RulesSdk.Syntax;

/// <summary>
/// Reads a YAML front matter block with YamlDotNet into the flat key/value view rules and options use:
/// a top-level scalar by its key (<c>lang: fr</c> → <c>lang</c>), a nested map's scalars by dotted keys
/// (<c>author: {name: A}</c> → <c>author.name</c>), a list's items by index (<c>tags.0</c>, <c>tags.1</c>)
/// and a list of scalars also whole, comma-separated (<c>tags</c> → <c>a, b</c>). Keys compare
/// case-insensitively. A YAML error is returned with its place in the document.
/// </summary>
internal static class FrontMatterReader
{
    // Aliases can make a small YAML text name a huge tree: bound what is flattened.
    private const int MaxEntries = 10_000;
    private const int MaxDepth = 32;

    /// <param name="yaml">The text between the <c>---</c> lines.</param>
    /// <param name="yamlStart">Where that text starts in the document.</param>
    public static (ImmutableDictionary<string, string> Values, FrontMatterError? Error) Read(string yaml, int yamlStart, SourceText document)
    {
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        var stream = new YamlStream();
        try
        {
            var scalars = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
            if (TooDeep(yaml, scalars) is { } mark)
            {
                // The top-level values read before the deep node are kept (lang, genre…), as Flatten keeps what it read.
                return (scalars.ToImmutable(), new FrontMatterError(SpanOf(mark, mark, yaml, yamlStart, document.Length), $"front matter: nested deeper than {MaxDepth} levels"));
            }

            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            return (values.ToImmutable(), new FrontMatterError(SpanOf(ex.Start, ex.End, yaml, yamlStart, document.Length), "front matter: " + Describe(ex)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (an unclosed flow list before
            // a key): report it where the last well-formed part ends.
            var last = LastReadableMark(yaml);
            return (values.ToImmutable(), new FrontMatterError(SpanOf(last, last, yaml, yamlStart, document.Length), "front matter: not valid YAML after this point"));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (values.ToImmutable(), null);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            return (values.ToImmutable(), new FrontMatterError(SpanOf(node.Start, node.End, yaml, yamlStart, document.Length), "front matter: expected a map of keys to values (key: value)"));
        }

        var error = Flatten(root, prefix: null, depth: 0, values, yaml, yamlStart, document.Length);
        return (values.ToImmutable(), error);
    }

    // YamlDotNet's representation model recurses once per nesting level: tens of thousands of '[' overflow the
    // stack (a crash no handler catches, on any host) before Flatten's bound is reached. The parser's events
    // come from a state machine without recursion, so they are read first and the nesting is bounded there.
    private static Mark? TooDeep(string yaml, ImmutableDictionary<string, string>.Builder topLevelScalars)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        string? key = null;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case SequenceStart or MappingStart:
                    if (depth == 1)
                    {
                        // A collection as a top-level value (or key): not a scalar pair.
                        key = null;
                    }

                    if (++depth > MaxDepth)
                    {
                        return parser.Current.Start;
                    }

                    break;
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
                case Scalar scalar when depth == 1:
                    if (key is null)
                    {
                        key = scalar.Value;
                    }
                    else
                    {
                        topLevelScalars[key] = scalar.Value;
                        key = null;
                    }

                    break;
            }
        }

        return null;
    }

    private static FrontMatterError? Flatten(YamlNode node, string? prefix, int depth, ImmutableDictionary<string, string>.Builder values, string yaml, int yamlStart, int documentLength)
    {
        if (depth > MaxDepth || values.Count > MaxEntries)
        {
            return new FrontMatterError(SpanOf(node.Start, node.End, yaml, yamlStart, documentLength), $"front matter: more than {MaxDepth} levels or {MaxEntries:N0} values; not read further");
        }

        switch (node)
        {
            case YamlScalarNode scalar when prefix is not null:
                values[prefix] = scalar.Value ?? string.Empty;
                return null;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { Length: > 0 } name })
                    {
                        return new FrontMatterError(SpanOf(key.Start, key.End, yaml, yamlStart, documentLength), "front matter: a key must be a plain text value");
                    }

                    if (Flatten(value, prefix is null ? name : prefix + "." + name, depth + 1, values, yaml, yamlStart, documentLength) is { } error)
                    {
                        return error;
                    }
                }

                return null;
            case YamlSequenceNode sequence when prefix is not null:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (Flatten(sequence.Children[i], prefix + "." + i.ToString(System.Globalization.CultureInfo.InvariantCulture), depth + 1, values, yaml, yamlStart, documentLength) is { } error)
                    {
                        return error;
                    }
                }

                if (sequence.Children.All(c => c is YamlScalarNode))
                {
                    values[prefix] = string.Join(", ", sequence.Children.Cast<YamlScalarNode>().Select(s => s.Value));
                }

                return null;
            default:
                return null;
        }
    }

    private static Mark LastReadableMark(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Where it stopped is the answer.
        }

        return last;
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet puts "(Line: 2, Col: 5, Idx: 12) - (Line: …): " before the message; the span says where.
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private static TextSpan SpanOf(Mark start, Mark end, string yaml, int yamlStart, int documentLength)
    {
        // Marks count characters of the YAML text; the YAML text is a verbatim slice of the document.
        var from = (int)Math.Clamp(start.Index, 0, yaml.Length);
        var to = (int)Math.Clamp(end.Index, from, yaml.Length);
        if (to == from && from < yaml.Length)
        {
            to = from + 1;
        }

        var documentStart = Math.Min(yamlStart + from, documentLength);
        return TextSpan.FromBounds(documentStart, Math.Min(yamlStart + to, documentLength));
    }
}
