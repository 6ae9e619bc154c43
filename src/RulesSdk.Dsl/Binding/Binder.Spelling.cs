using System.Collections.Immutable;
using RulesSdk.Dsl.Syntax;
using RulesSdk.Spelling;

namespace RulesSdk.Dsl.Binding;

/// <summary>Binding of the <c>spelling</c> kind: dictionaries found and read (their errors become DSL0023), accept lists and ignore files gathered.</summary>
internal sealed partial class Binder
{
    /// <summary>The values of a spelling match that hold corrections: uncertain repairs, never a rule's safe fix.</summary>
    private static readonly string[] SuggestionValues = ["suggestion", "suggestions"];

    private BoundMatcher? BindSpelling(SpellingMatcherSyntax spelling, string scopeKind)
    {
        var ok = true;
        var dictionaries = ImmutableArray.CreateBuilder<string>();
        if (spelling.Dictionaries.IsEmpty)
        {
            // Without a dictionary clause, the rule's language names a bundled dictionary.
            if (BundledDictionaries.Contains(_ruleLanguage))
            {
                dictionaries.Add(_ruleLanguage);
            }
            else
            {
                Error("DSL0023", $"spelling needs 'dictionary \"NAME\"' here: the rule's language '{_ruleLanguage}' has no bundled dictionary (bundled: {string.Join(", ", BundledDictionaries.Names)})", spelling.Position);
                ok = false;
            }
        }

        foreach (var dictionary in spelling.Dictionaries)
        {
            if (ResolveDictionary(dictionary) is { } resolved)
            {
                dictionaries.Add(resolved);
            }
            else
            {
                ok = false;
            }
        }

        var words = new List<string>();
        var patterns = ImmutableArray.CreateBuilder<BoundRegexMatcher>();
        foreach (var accept in spelling.Accept)
        {
            if (accept.Word is { } word)
            {
                words.Add(word);
            }
            else if (accept.Regex is { } regex)
            {
                if (BindMatcher(regex, scopeKind) is BoundRegexMatcher bound)
                {
                    patterns.Add(bound);
                }
                else
                {
                    ok = false;
                }
            }
            else if (accept.List is { } list)
            {
                words.AddRange(ListOrEmpty(list, out var listOk));
                ok &= listOk;
            }
        }

        foreach (var file in spelling.IgnoreFiles)
        {
            ok &= ReadIgnoreFile(file, words);
        }

        if (spelling.Suggestions is > 20)
        {
            Error("DSL0019", $"spelling offers at most 20 suggestions (asked for {spelling.Suggestions})", spelling.Position);
            ok = false;
        }

        return ok
            ? new BoundSpellingMatcher(dictionaries.ToImmutable(), [.. words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)], patterns.ToImmutable(), spelling.SkipCapitalized, spelling.Suggestions ?? 3, spelling.SplitWords)
            : null;
    }

    /// <summary>A bundled name as it is; a path (relative to the rule file, confined like imports) read once to report its errors now.</summary>
    private string? ResolveDictionary(PhraseItem dictionary)
    {
        if (BundledDictionaries.Contains(dictionary.Value))
        {
            return dictionary.Value;
        }

        if (!dictionary.Value.Contains('/', StringComparison.Ordinal) && !dictionary.Value.Contains('.', StringComparison.Ordinal))
        {
            Error("DSL0023", $"no bundled dictionary '{dictionary.Value}' (bundled: {string.Join(", ", BundledDictionaries.Names)}; or give the path of a .dic with its .aff beside it)", dictionary.Position);
            return null;
        }

        var path = Path.GetFullPath(ResolveRelative(dictionary.Position.Path, dictionary.Value));
        var (affix, words) = SpellingDictionaries.PathsOf(path);
        foreach (var file in new[] { affix, words })
        {
            if (_refusal(file) is { } refusal)
            {
                Error("DSL0041", "dictionary " + refusal, dictionary.Position);
                return null;
            }

            if (!File.Exists(file))
            {
                Error("DSL0011", $"dictionary file '{Path.GetFileName(file)}' not found (looked for {file})", dictionary.Position);
                return null;
            }
        }

        try
        {
            SpellingDictionaries.Get(path);
            return path;
        }
        catch (HunspellFormatException exception)
        {
            Error("DSL0023", "dictionary " + exception.Message, dictionary.Position);
            return null;
        }
    }

    private bool ReadIgnoreFile(PhraseItem file, List<string> words)
    {
        var path = ResolveRelative(file.Position.Path, file.Value);
        if (_refusal(path) is { } refusal)
        {
            Error("DSL0041", "ignore file " + refusal, file.Position);
            return false;
        }

        if (!RuleFileText.TryRead(_readFile, path, _diagnostics, out var text))
        {
            return false;
        }

        if (text is null)
        {
            Error("DSL0011", $"ignore file '{file.Value}' not found (looked for {path})", file.Position);
            return false;
        }

        words.AddRange(text.Split('\n').Select(l => l.Trim().TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')));
        return true;
    }

    private static bool UsesSuggestions(ImmutableArray<string> messageCaptures, IEnumerable<BoundFix> fixes) =>
        messageCaptures.Intersect(SuggestionValues).Any() ||
        fixes.Any(f => f.Template.Concat(f.TitleTemplate).SelectMany(TemplateParser.CapturesOf).Intersect(SuggestionValues).Any());

    /// <summary>A correction is a guess: a rule's safe fix (its first <c>fix</c>) must not apply one.</summary>
    private void CheckSpellingFix(BoundFix fix, SourcePosition position)
    {
        var used = fix.Template.Concat(fix.TitleTemplate).SelectMany(TemplateParser.CapturesOf).Intersect(SuggestionValues).FirstOrDefault();
        if (fix.IsSafe && used is not null)
        {
            Error("DSL0023", $"a spelling correction is a guess, not a safe fix: write 'suggest' instead of 'fix' for a template using {{{used}}}", position);
        }
    }
}
