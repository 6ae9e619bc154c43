using System.Globalization;

namespace RulesSdk.Spelling;

/// <summary>
/// A parsed Hunspell <c>.aff</c> file: the affix rules and the settings a word check and the
/// suggestions need. Reads what dictionary-en and dictionary-fr use; compounding
/// (<c>COMPOUNDRULE</c>, <c>COMPOUNDFLAG</c>) is read but not applied (<see cref="IgnoresCompounds"/>).
/// </summary>
internal sealed class AffixFile
{
    private readonly Dictionary<string, int[]> _flagCache = new(StringComparer.Ordinal);
    private readonly List<int[]> _aliases = [];

    private AffixFile(string fileName) => FileName = fileName;

    public string FileName { get; }

    public FlagMode FlagMode { get; private set; } = FlagMode.Char;

    public List<AffixEntry> Prefixes { get; } = [];

    public List<AffixEntry> Suffixes { get; } = [];

    public int NeedAffix { get; private set; }

    public int Forbidden { get; private set; }

    public int KeepCase { get; private set; }

    public int OnlyInCompound { get; private set; }

    public int NoSuggest { get; private set; }

    public bool FullStrip { get; private set; }

    /// <summary>True when the file declares compound rules, which this reader does not apply: compound-only words are refused.</summary>
    public bool IgnoresCompounds { get; private set; }

    public string TryCharacters { get; private set; } = string.Empty;

    public List<string> KeyRows { get; } = [];

    public List<(string From, string To)> Replacements { get; } = [];

    public List<string> MapGroups { get; } = [];

    public List<(string From, string To)> InputConversions { get; } = [];

    public List<(string From, string To)> OutputConversions { get; } = [];

    public List<string> Breaks { get; } = ["-", "^-", "-$"];

    public string WordCharacters { get; private set; } = string.Empty;

    public static AffixFile Parse(string text, string fileName)
    {
        var file = new AffixFile(fileName);
        file.ParseLines(text);
        return file;
    }

    /// <summary>The flags written after a word's slash (or an alias number when the file has <c>AF</c>).</summary>
    public FlagSet ParseFlags(string text, int line, string fileName)
    {
        if (text.Length == 0)
        {
            return FlagSet.Empty;
        }

        if (_aliases.Count > 0 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var alias))
        {
            if (alias < 1 || alias > _aliases.Count)
            {
                throw new HunspellFormatException(fileName, line, $"flag alias {alias} is not defined (the AF table has {_aliases.Count})");
            }

            return new FlagSet(_aliases[alias - 1]);
        }

        if (_flagCache.TryGetValue(text, out var cached))
        {
            return new FlagSet(cached);
        }

        var flags = DecodeFlags(text, line, fileName);
        Array.Sort(flags);
        _flagCache[text] = flags;
        return new FlagSet(flags);
    }

    private int[] DecodeFlags(string text, int line, string fileName)
    {
        switch (FlagMode)
        {
            case FlagMode.Long:
                if (text.Length % 2 != 0)
                {
                    throw new HunspellFormatException(fileName, line, $"'{text}' is not a list of two-character flags (FLAG long)");
                }

                var longFlags = new int[text.Length / 2];
                for (var i = 0; i < longFlags.Length; i++)
                {
                    longFlags[i] = (text[2 * i] << 16) | text[(2 * i) + 1];
                }

                return longFlags;
            case FlagMode.Numeric:
                var parts = text.Split(',');
                var numbers = new int[parts.Length];
                for (var i = 0; i < parts.Length; i++)
                {
                    if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]) || numbers[i] is <= 0 or > 65535)
                    {
                        throw new HunspellFormatException(fileName, line, $"'{parts[i]}' is not a flag number from 1 to 65535 (FLAG num)");
                    }
                }

                return numbers;
            case FlagMode.Utf8:
                var runes = new List<int>();
                foreach (var rune in text.EnumerateRunes())
                {
                    runes.Add(rune.Value);
                }

                return [.. runes];
            default:
                var chars = new int[text.Length];
                for (var i = 0; i < text.Length; i++)
                {
                    chars[i] = text[i];
                }

                return chars;
        }
    }

    private int ParseSingleFlag(string text, int line)
    {
        var flags = DecodeFlags(text, line, FileName);
        if (flags.Length != 1)
        {
            throw new HunspellFormatException(FileName, line, $"'{text}' is not one flag");
        }

        return flags[0];
    }

    private void ParseLines(string text)
    {
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var fields = Fields(lines[index]);
            if (fields.Length == 0)
            {
                continue;
            }

            switch (fields[0])
            {
                case "SET":
                    break;
                case "FLAG":
                    FlagMode = Value(fields, lineNumber) switch
                    {
                        "long" => FlagMode.Long,
                        "num" => FlagMode.Numeric,
                        "UTF-8" => FlagMode.Utf8,
                        var other => throw new HunspellFormatException(FileName, lineNumber, $"unknown FLAG type '{other}' (expected long, num or UTF-8)"),
                    };
                    break;
                case "AF":
                    index = ReadTable(lines, index, "AF", 1, f => _aliases.Add(AliasFlags(f)));
                    break;
                case "PFX":
                case "SFX":
                    index = ReadAffixGroup(lines, index, fields);
                    break;
                case "NEEDAFFIX":
                    NeedAffix = ParseSingleFlag(Value(fields, lineNumber), lineNumber);
                    break;
                case "FORBIDDENWORD":
                    Forbidden = ParseSingleFlag(Value(fields, lineNumber), lineNumber);
                    break;
                case "KEEPCASE":
                    KeepCase = ParseSingleFlag(Value(fields, lineNumber), lineNumber);
                    break;
                case "ONLYINCOMPOUND":
                    OnlyInCompound = ParseSingleFlag(Value(fields, lineNumber), lineNumber);
                    break;
                case "NOSUGGEST":
                    NoSuggest = ParseSingleFlag(Value(fields, lineNumber), lineNumber);
                    break;
                case "FULLSTRIP":
                    FullStrip = true;
                    break;
                case "COMPOUNDRULE":
                case "COMPOUNDFLAG":
                case "COMPOUNDBEGIN":
                case "COMPOUNDMIDDLE":
                case "COMPOUNDEND":
                    IgnoresCompounds = true;
                    break;
                case "TRY":
                    TryCharacters = Value(fields, lineNumber);
                    break;
                case "WORDCHARS":
                    WordCharacters = Value(fields, lineNumber);
                    break;
                case "KEY":
                    KeyRows.AddRange(Value(fields, lineNumber).Split('|', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "REP":
                    index = ReadTable(lines, index, "REP", 2, f => Replacements.Add((f[1].Replace('_', ' '), f[2].Replace('_', ' '))));
                    break;
                case "MAP":
                    index = ReadTable(lines, index, "MAP", 1, f => MapGroups.Add(f[1]));
                    break;
                case "ICONV":
                    index = ReadTable(lines, index, "ICONV", 2, f => InputConversions.Add((f[1], f[2])));
                    break;
                case "OCONV":
                    index = ReadTable(lines, index, "OCONV", 2, f => OutputConversions.Add((f[1], f[2])));
                    break;
                case "BREAK":
                    Breaks.Clear();
                    index = ReadTable(lines, index, "BREAK", 1, f => Breaks.Add(f[1]));
                    break;
                default:
                    // LANG, NAME, HOME, VERSION, MAXNGRAMSUGS, CIRCUMFIX without use… change nothing a check needs.
                    break;
            }
        }
    }

    private int[] AliasFlags(string[] fields)
    {
        var flags = DecodeFlags(fields[1], 0, FileName);
        Array.Sort(flags);
        return flags;
    }

    /// <summary>Reads a counted table (<c>REP 90</c> then 90 <c>REP from to</c> lines); returns the index of its last line.</summary>
    private int ReadTable(string[] lines, int headerIndex, string name, int valueFields, Action<string[]> add)
    {
        var header = Fields(lines[headerIndex]);
        if (header.Length < 2 || !int.TryParse(header[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new HunspellFormatException(FileName, headerIndex + 1, $"expected '{name} <count>' to open the {name} table");
        }

        var index = headerIndex;
        for (var read = 0; read < count; read++)
        {
            index = NextContentLine(lines, index);
            if (index >= lines.Length)
            {
                throw new HunspellFormatException(FileName, headerIndex + 1, $"the file ends before entry {read + 1} of {count} of the {name} table");
            }

            var fields = Fields(lines[index]);
            if (fields.Length < valueFields + 1 || fields[0] != name)
            {
                throw new HunspellFormatException(FileName, index + 1, $"expected entry {read + 1} of {count} of the {name} table ('{name}' and {valueFields} value{(valueFields > 1 ? "s" : string.Empty)})");
            }

            try
            {
                add(fields);
            }
            catch (HunspellFormatException exception) when (exception.Line == 0)
            {
                throw new HunspellFormatException(FileName, index + 1, exception.Problem);
            }
        }

        return index;
    }

    private int ReadAffixGroup(string[] lines, int headerIndex, string[] header)
    {
        var lineNumber = headerIndex + 1;
        var kind = header[0];
        if (header.Length < 4 || header[2] is not ("Y" or "N") || !int.TryParse(header[3], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new HunspellFormatException(FileName, lineNumber, $"expected '{kind} <flag> <Y|N> <count>'");
        }

        var flag = ParseSingleFlag(header[1], lineNumber);
        var cross = header[2] == "Y";
        var index = headerIndex;
        for (var read = 0; read < count; read++)
        {
            index = NextContentLine(lines, index);
            if (index >= lines.Length)
            {
                throw new HunspellFormatException(FileName, lineNumber, $"the file ends before entry {read + 1} of {count} of {kind} {header[1]}");
            }

            var fields = Fields(lines[index]);
            var entryLine = index + 1;
            if (fields.Length < 4 || fields[0] != kind || fields[1] != header[1])
            {
                throw new HunspellFormatException(FileName, entryLine, $"expected entry {read + 1} of {count} of {kind} {header[1]}: '{kind} {header[1]} <strip> <add>[/flags] [condition]'");
            }

            var strip = fields[2] == "0" ? string.Empty : fields[2];
            var addField = fields[3];
            var slash = addField.IndexOf('/', StringComparison.Ordinal);
            var add = slash < 0 ? addField : addField[..slash];
            add = add == "0" ? string.Empty : add;
            var continuation = slash < 0 ? FlagSet.Empty : ParseFlags(addField[(slash + 1)..], entryLine, FileName);
            var conditionText = fields.Length > 4 ? fields[4] : ".";
            var condition = AffixCondition.Parse(conditionText)
                ?? throw new HunspellFormatException(FileName, entryLine, $"condition '{conditionText}' has an unbalanced bracket");
            var entry = new AffixEntry(flag, kind == "PFX", cross, strip, add, condition, continuation);
            (entry.IsPrefix ? Prefixes : Suffixes).Add(entry);
        }

        return index;
    }

    private static int NextContentLine(string[] lines, int index)
    {
        do
        {
            index++;
        }
        while (index < lines.Length && Fields(lines[index]).Length == 0);
        return index;
    }

    private string Value(string[] fields, int line) =>
        fields.Length >= 2 ? fields[1] : throw new HunspellFormatException(FileName, line, $"{fields[0]} needs a value");

    /// <summary>The white-space separated fields of a line, without a '#' comment line.</summary>
    private static string[] Fields(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length == 0 || trimmed[0] == '#' ? [] : trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
    }
}
