using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesSdk.Diagnostics;
using RulesSdk.Workspaces;

namespace RulesSdk.Configuration;

/// <summary>
/// A project's <c>.docrules.json</c>: rule severities (with per-glob overrides), document options
/// and language, which files to read, and extra rule packs. Later overrides win.
/// </summary>
public sealed record DocRulesConfiguration
{
    public const string FileName = ".docrules.json";

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static DocRulesConfiguration Empty { get; } = new();

    /// <summary>The folder the configuration's relative paths and globs are resolved against.</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    public string? SourcePath { get; init; }

    /// <summary>
    /// The folder document paths are relative to (a workspace root); globs apply relative to
    /// <see cref="BaseDirectory"/>, so paths are re-based when the two differ. Null: the same folder.
    /// </summary>
    public string? DocumentRoot { get; init; }

    public ImmutableDictionary<string, ReportDiagnostic> Rules { get; init; } = ImmutableDictionary<string, ReportDiagnostic>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    public ImmutableDictionary<string, string> Options { get; init; } = ImmutableDictionary<string, string>.Empty;

    public string? Language { get; init; }

    public ImmutableArray<ConfigurationOverride> Overrides { get; init; } = [];

    public ImmutableArray<string> Extensions { get; init; } = [".md", ".markdown", ".txt"];

    public ImmutableArray<string> Exclude { get; init; } = [];

    /// <summary>The default <see cref="MaxFileSizeBytes"/>; hosts that read documents outside a configuration (snapshot inputs) use it too.</summary>
    public const long DefaultMaxFileSizeBytes = 10 * 1024 * 1024;

    /// <summary>The largest configuration file read: far beyond any real one, and a device or endless file stops here.</summary>
    public const long MaxConfigurationBytes = 1024 * 1024;

    /// <summary>The largest "ruleTimeout", in milliseconds (an hour), as for <c>--rule-timeout</c>.</summary>
    public const long MaxRuleTimeoutMilliseconds = 3_600_000;

    public long MaxFileSizeBytes { get; init; } = DefaultMaxFileSizeBytes;

    /// <summary>"ruleTimeout" (milliseconds): each rule's time budget per document, per 100,000 characters of a longer one (<see cref="Analyzers.AnalyzerDriverOptions.RuleTimeout"/>); null sets none.</summary>
    public TimeSpan? RuleTimeout { get; init; }

    /// <summary>Rule pack files or folders, relative to <see cref="BaseDirectory"/>, added to the built-in packs.</summary>
    public ImmutableArray<string> RulePacks { get; init; } = [];

    /// <summary>C# analyzer assemblies (.dll) or projects (.csproj, built first), relative to <see cref="BaseDirectory"/>.</summary>
    public ImmutableArray<string> Analyzers { get; init; } = [];

    /// <summary>When false, the built-in packs are not loaded (only <see cref="RulePacks"/>).</summary>
    public bool UseBuiltInPacks { get; init; } = true;

    /// <summary>The effective severity of a rule for a document; null when the rule is off there.</summary>
    public DiagnosticSeverity? GetEffectiveSeverity(DiagnosticDescriptor descriptor, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        relativePath = ToConfigurationPath(relativePath);
        var report = ReportDiagnostic.Default;
        if (Rules.TryGetValue(descriptor.Id, out var configured))
        {
            report = configured;
        }

        foreach (var item in Overrides)
        {
            if (item.Rules.TryGetValue(descriptor.Id, out configured) && item.Matches(relativePath))
            {
                report = configured;
            }
        }

        if (report == ReportDiagnostic.Default && !descriptor.IsEnabledByDefault)
        {
            return null;
        }

        return SeverityParser.ToSeverity(report, descriptor.DefaultSeverity);
    }

    public ImmutableDictionary<string, string> GetOptions(string relativePath)
    {
        relativePath = ToConfigurationPath(relativePath);
        var options = Options;
        foreach (var item in Overrides)
        {
            if (!item.Options.IsEmpty && item.Matches(relativePath))
            {
                options = options.SetItems(item.Options);
            }
        }

        return options;
    }

    public string? GetLanguage(string relativePath)
    {
        relativePath = ToConfigurationPath(relativePath);
        var language = Language;
        foreach (var item in Overrides)
        {
            if (item.Language is not null && item.Matches(relativePath))
            {
                language = item.Language;
            }
        }

        return language;
    }

    /// <summary>A document path (relative to <see cref="DocumentRoot"/>) made relative to <see cref="BaseDirectory"/>, where globs apply.</summary>
    public string ToConfigurationPath(string documentPath)
    {
        ArgumentNullException.ThrowIfNull(documentPath);
        if (DocumentRoot is null || Overrides.IsEmpty || documentPath.StartsWith('<'))
        {
            return documentPath;
        }

        var full = Path.GetFullPath(documentPath, DocumentRoot);
        return Path.GetRelativePath(BaseDirectory, full).Replace('\\', '/');
    }

    /// <summary>The nearest <c>.docrules.json</c> in <paramref name="directory"/> or its parents, or null.</summary>
    public static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(directory)); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <exception cref="ConfigurationException">The file is missing, not JSON, or holds a wrong value.</exception>
    public static DocRulesConfiguration Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = BoundedFile.TryReadAllBytes(path, MaxConfigurationBytes, out var failure)
            ?? throw new ConfigurationException($"{path}: error: cannot read the configuration file: {failure!.Message}");

        // As File.ReadAllText decodes: UTF-8 unless a byte order mark names another encoding.
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader.ReadToEnd(), path);
    }

    /// <exception cref="ConfigurationException">The text is not JSON or holds a wrong value.</exception>
    public static DocRulesConfiguration Parse(string json, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber ?? 0;
            var column = CharacterColumn(json, line, ex.BytePositionInLine ?? 0);
            throw new ConfigurationException($"{path}({line + 1},{column + 1}): error: invalid JSON: {FirstSentence(ex.Message)}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            Expect(root, JsonValueKind.Object, "the top level", path);
            var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
            var configuration = new DocRulesConfiguration { BaseDirectory = baseDirectory, SourcePath = path };
            foreach (var property in root.EnumerateObject())
            {
                configuration = property.Name switch
                {
                    "$schema" => configuration,
                    "rules" => configuration with { Rules = ReadRules(property.Value, "rules", path) },
                    "options" => configuration with { Options = ReadOptions(property.Value, "options", path) },
                    "language" => configuration with { Language = ReadString(property.Value, "language", path) },
                    "extensions" => configuration with { Extensions = ReadExtensions(property.Value, path) },
                    "exclude" => configuration with { Exclude = ReadGlobs(property.Value, "exclude", path) },
                    "maxFileSize" => configuration with { MaxFileSizeBytes = ReadPositiveLong(property.Value, "maxFileSize", path) },
                    "ruleTimeout" => configuration with { RuleTimeout = ReadRuleTimeout(property.Value, path) },
                    "rulePacks" => configuration with { RulePacks = ReadStrings(property.Value, "rulePacks", path) },
                    "analyzers" => configuration with { Analyzers = ReadStrings(property.Value, "analyzers", path) },
                    "builtInPacks" => configuration with { UseBuiltInPacks = ReadBool(property.Value, "builtInPacks", path) },
                    "overrides" => configuration with { Overrides = ReadOverrides(property.Value, path) },
                    _ => throw new ConfigurationException($"{path}: error: unknown setting '{property.Name}' (known: rules, overrides, options, language, extensions, exclude, maxFileSize, ruleTimeout, rulePacks, analyzers, builtInPacks)"),
                };
            }

            return configuration;
        }
    }

    private static ImmutableArray<ConfigurationOverride> ReadOverrides(JsonElement element, string path)
    {
        Expect(element, JsonValueKind.Array, "overrides", path);
        var result = ImmutableArray.CreateBuilder<ConfigurationOverride>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var where = $"overrides[{index++}]";
            Expect(item, JsonValueKind.Object, where, path);
            ImmutableArray<string> files = [];
            var rules = ImmutableDictionary<string, ReportDiagnostic>.Empty;
            var options = ImmutableDictionary<string, string>.Empty;
            string? language = null;
            foreach (var property in item.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "files":
                        files = ReadGlobs(property.Value, where + ".files", path);
                        break;
                    case "rules":
                        rules = ReadRules(property.Value, where + ".rules", path);
                        break;
                    case "options":
                        options = ReadOptions(property.Value, where + ".options", path);
                        break;
                    case "language":
                        language = ReadString(property.Value, where + ".language", path);
                        break;
                    default:
                        throw new ConfigurationException($"{path}: error: {where}: unknown setting '{property.Name}' (known: files, rules, options, language)");
                }
            }

            if (files.IsEmpty)
            {
                throw new ConfigurationException($"{path}: error: {where}: 'files' must list at least one glob");
            }

            result.Add(new ConfigurationOverride(files, rules, options, language));
        }

        return result.ToImmutable();
    }

    /// <summary>A folder PATH finds nothing without an extension: an empty list or an empty entry is an error.</summary>
    private static ImmutableArray<string> ReadExtensions(JsonElement element, string path)
    {
        var extensions = ReadStrings(element, "extensions", path);
        if (extensions.IsEmpty)
        {
            throw new ConfigurationException($"{path}: error: extensions: the list is empty, so a folder would give no document; list at least one, like \".md\"");
        }

        for (var i = 0; i < extensions.Length; i++)
        {
            var extension = extensions[i].Trim();
            if (extension.Length == 0 || extension == "." || extension.IndexOfAny(['/', '\\', '*', '?']) >= 0)
            {
                throw new ConfigurationException($"{path}: error: extensions[{i}]: '{extensions[i]}' is not a file extension (expected one like \".md\")");
            }
        }

        return [.. extensions.Select(e => e.Trim()).Select(e => e.StartsWith('.') ? e : "." + e)];
    }

    /// <summary>The most globs one list (<c>exclude</c>, an override's <c>files</c>) may hold, as ignore files are capped.</summary>
    public const int MaxGlobs = 10_000;

    private static ImmutableArray<string> ReadGlobs(JsonElement element, string where, string path)
    {
        var globs = ReadStrings(element, where, path);

        // Every file is matched against every glob: 20,000 globs made a check of 10,000 files run past a minute.
        if (globs.Length > MaxGlobs)
        {
            throw new ConfigurationException($"{path}: error: {where}: {globs.Length:N0} globs; at most {MaxGlobs:N0} (a folder's glob, \"docs/old/**\", covers everything under it)");
        }

        for (var i = 0; i < globs.Length; i++)
        {
            if (GlobSyntax.FindProblem(globs[i]) is { } problem)
            {
                throw new ConfigurationException($"{path}: error: {where}[{i}]: {problem}");
            }
        }

        return globs;
    }

    private static ImmutableDictionary<string, ReportDiagnostic> ReadRules(JsonElement element, string where, string path)
    {
        Expect(element, JsonValueKind.Object, where, path);
        var builder = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
            if (!SeverityParser.TryParse(text, out var severity))
            {
                throw new ConfigurationException($"{path}: error: {where}.{property.Name}: '{property.Value}' is not a severity (expected {SeverityParser.AcceptedWords})");
            }

            builder[property.Name] = severity;
        }

        return builder.ToImmutable();
    }

    private static ImmutableDictionary<string, string> ReadOptions(JsonElement element, string where, string path)
    {
        Expect(element, JsonValueKind.Object, where, path);
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            builder[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Number => property.Value.GetRawText(),
                _ => throw new ConfigurationException($"{path}: error: {where}.{property.Name}: expected a string, number or boolean"),
            };
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<string> ReadStrings(JsonElement element, string where, string path)
    {
        Expect(element, JsonValueKind.Array, where, path);
        return [.. element.EnumerateArray().Select((item, i) => ReadString(item, $"{where}[{i}]", path))];
    }

    private static string ReadString(JsonElement element, string where, string path)
    {
        Expect(element, JsonValueKind.String, where, path);
        var value = element.GetString()!;

        // A path or a name never holds a control character; a NUL would make every file API throw later, far from here.
        var control = value.AsSpan().IndexOfAnyInRange('\u0000', '\u001F');
        if (control >= 0)
        {
            throw new ConfigurationException($"{path}: error: {where}: the value holds the control character U+{(int)value[control]:X4} at index {control}");
        }

        return value;
    }

    private static bool ReadBool(JsonElement element, string where, string path) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ConfigurationException($"{path}: error: {where}: expected true or false"),
    };

    private static long ReadPositiveLong(JsonElement element, string where, string path, string unit = "bytes")
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var value) || value <= 0)
        {
            throw new ConfigurationException($"{path}: error: {where}: expected a positive whole number of {unit}");
        }

        return value;
    }

    /// <summary>Bounded as <c>--rule-timeout</c> is: a larger value would overflow the budget's deadline, and no rule needs an hour.</summary>
    private static TimeSpan ReadRuleTimeout(JsonElement element, string path)
    {
        // A whole number too large (even for a long) names the range rather than "a positive whole number".
        if (element.ValueKind == JsonValueKind.Number && element.GetRawText() is var raw && raw.All(char.IsAsciiDigit) &&
            !(element.TryGetInt64(out var value) && value <= MaxRuleTimeoutMilliseconds))
        {
            throw new ConfigurationException(string.Create(CultureInfo.InvariantCulture, $"{path}: error: ruleTimeout: {(raw.Length > 24 ? raw[..20] + "…" : raw)} is out of range; expected a whole number of milliseconds from 1 to {MaxRuleTimeoutMilliseconds:D} (an hour)"));
        }

        return TimeSpan.FromMilliseconds(ReadPositiveLong(element, "ruleTimeout", path, "milliseconds"));
    }

    private static void Expect(JsonElement element, JsonValueKind kind, string where, string path)
    {
        if (element.ValueKind != kind)
        {
            throw new ConfigurationException($"{path}: error: {where}: expected {Describe(kind)}, found {Describe(element.ValueKind)}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>System.Text.Json counts bytes of UTF-8 within a line; people count characters.</summary>
    private static long CharacterColumn(string json, long line, long bytePosition)
    {
        var lines = json.Split('\n');
        if (line < 0 || line >= lines.Length)
        {
            return bytePosition;
        }

        var bytes = Encoding.UTF8.GetBytes(lines[line]);
        var count = (int)Math.Clamp(bytePosition, 0, bytes.Length);
        return Encoding.UTF8.GetCharCount(bytes, 0, count);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
