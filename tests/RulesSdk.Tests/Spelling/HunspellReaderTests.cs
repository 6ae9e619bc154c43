using System.Text;
using RulesSdk.Spelling;
using RulesSdk.Tests.TestSupport;

namespace RulesSdk.Tests.Spelling;

/// <summary>The affix reader, one feature at a time, on small hand-written .aff/.dic pairs.</summary>
public sealed class HunspellReaderTests
{
    private static HunspellDictionary Dictionary(string affix, params string[] words) =>
        HunspellDictionary.Parse(affix.Replace("\r", string.Empty, StringComparison.Ordinal), $"{words.Length}\n{string.Join('\n', words)}\n");

    [Fact]
    public void Suffix_with_strip_add_and_condition()
    {
        var dictionary = Dictionary("""
            SFX S Y 3
            SFX S y ies [^aeiou]y
            SFX S 0 s [aeiou]y
            SFX S 0 s [^y]
            """, "study/S", "day/S", "cat/S", "dog");
        Assert.True(dictionary.Check("studies"));
        Assert.True(dictionary.Check("days"));
        Assert.True(dictionary.Check("cats"));
        Assert.False(dictionary.Check("studys"));
        Assert.False(dictionary.Check("daies"));
        Assert.False(dictionary.Check("dogs"));
    }

    [Fact]
    public void Prefix_and_suffix_combine_only_with_cross_product()
    {
        var dictionary = Dictionary("""
            PFX U Y 1
            PFX U 0 un .
            PFX N N 1
            PFX N 0 non .
            SFX P Y 1
            SFX P y iness [^aeiou]y
            """, "happy/UNP");
        Assert.True(dictionary.Check("unhappy"));
        Assert.True(dictionary.Check("happiness"));
        Assert.True(dictionary.Check("unhappiness"));
        Assert.True(dictionary.Check("nonhappy"));
        Assert.False(dictionary.Check("nonhappiness"));
    }

    [Fact]
    public void Long_flags_and_continuation_prefix_from_a_suffix()
    {
        // As dictionary-fr: the suffix's continuation carries the elision prefix L'.
        var dictionary = Dictionary("""
            FLAG long
            PFX L' Y 1
            PFX L' 0 l' .
            SFX S. Y 2
            SFX S. 0 0/L' [^sxz]
            SFX S. 0 s [^sxz]
            """, "homme/S.");
        Assert.True(dictionary.Check("homme"));
        Assert.True(dictionary.Check("hommes"));
        Assert.True(dictionary.Check("l'homme"));
        Assert.False(dictionary.Check("l'hommes"));
    }

    [Fact]
    public void Two_level_suffixes()
    {
        var dictionary = Dictionary("""
            SFX A Y 1
            SFX A 0 ful/B .
            SFX B Y 1
            SFX B 0 ness .
            """, "care/A");
        Assert.True(dictionary.Check("careful"));
        Assert.True(dictionary.Check("carefulness"));
        Assert.False(dictionary.Check("careness"));
    }

    [Fact]
    public void Numeric_and_utf8_flags_and_aliases()
    {
        var numeric = Dictionary("""
            FLAG num
            SFX 301 Y 1
            SFX 301 0 s .
            """, "cat/301,7");
        Assert.True(numeric.Check("cats"));

        var utf8 = Dictionary("""
            FLAG UTF-8
            SFX é Y 1
            SFX é 0 s .
            """, "chat/é");
        Assert.True(utf8.Check("chats"));

        var aliased = Dictionary("""
            AF 2
            AF S
            AF SP
            SFX S Y 1
            SFX S 0 s .
            SFX P Y 1
            SFX P 0 ness .
            """, "dark/2", "cat/1");
        Assert.True(aliased.Check("darkness"));
        Assert.True(aliased.Check("cats"));
        Assert.False(aliased.Check("catness"));
    }

    [Fact]
    public void Needaffix_forbiddenword_keepcase_onlyincompound_nosuggest()
    {
        var dictionary = Dictionary("""
            NEEDAFFIX X
            FORBIDDENWORD F
            KEEPCASE K
            ONLYINCOMPOUND C
            NOSUGGEST N
            SFX S Y 1
            SFX S 0 s .
            """, "aujourd/XS", "cats/F", "cat/S", "iPhone/K", "th/C", "darn/N");
        Assert.False(dictionary.Check("aujourd"));
        Assert.True(dictionary.Check("aujourds"));
        Assert.False(dictionary.Check("cats"));
        Assert.True(dictionary.Check("cat"));
        Assert.True(dictionary.Check("iPhone"));
        Assert.False(dictionary.Check("IPHONE"));
        Assert.False(dictionary.Check("th"));
        Assert.True(dictionary.Check("darn"));
        Assert.DoesNotContain("darn", dictionary.Suggest("dran"));
    }

    [Fact]
    public void Case_rules_go_from_lower_case_entries_only()
    {
        var dictionary = Dictionary(string.Empty, "house", "Paris", "McDonald");
        Assert.True(dictionary.Check("House"));
        Assert.True(dictionary.Check("HOUSE"));
        Assert.True(dictionary.Check("PARIS"));
        Assert.False(dictionary.Check("paris"));
        Assert.False(dictionary.Check("hOuse"));
        Assert.True(dictionary.Check("McDonald"));
        Assert.False(dictionary.Check("Mcdonald"));
    }

    [Fact]
    public void Iconv_oconv_and_break()
    {
        var dictionary = Dictionary("""
            ICONV 1
            ICONV ’ '
            OCONV 1
            OCONV ' ’
            BREAK 3
            BREAK -
            BREAK ^'
            BREAK '$
            TRY ie
            """, "qu'il", "porte", "monnaie");
        Assert.True(dictionary.Check("qu’il"));
        Assert.True(dictionary.Check("porte-monnaie"));
        Assert.True(dictionary.Check("'porte"));
        Assert.True(dictionary.Check("porte'"));
        Assert.False(dictionary.Check("porte-monaie"));
        Assert.Equal("qu’il", dictionary.Suggest("qu’l").First());
        Assert.Equal("qu'il", dictionary.Suggest("qu'l").First());
    }

    [Fact]
    public void Hostile_words_stay_linear()
    {
        var dictionary = Dictionary("BREAK 3\nBREAK -\nBREAK .\nBREAK ^'\n", "porte", "monnaie");
        Assert.True(dictionary.Check("'porte-monnaie"));
        Assert.True(dictionary.Check("porte-monnaie.porte"));
        Assert.False(dictionary.Check(string.Join("-", Enumerable.Repeat("porte", 5_000))));
        Assert.False(dictionary.Check(string.Join("-.", Enumerable.Repeat("porte", 5_000))));
        Assert.False(dictionary.Check(new string('a', 100_000)));
        Assert.Empty(dictionary.Suggest(new string('a', 100_000)));
    }

    [Fact]
    public void Rep_and_key_suggestions_come_before_plain_edits()
    {
        var dictionary = Dictionary("""
            TRY abcdefghijklmnopqrstuvwxyz
            KEY qwertyuiop|asdfghjkl
            REP 1
            REP f ph
            """, "phone", "fine", "bone", "cone", "dine");
        Assert.Equal("phone", dictionary.Suggest("fone").First());
        Assert.Equal("fine", dictionary.Suggest("fune").First());
    }

    [Fact]
    public void Iso8859_encoded_files_are_decoded_as_set_says()
    {
        var latin1 = Encoding.Latin1;
        using var folder = new TempDirectory();
        var aff = folder.WriteBytes("fr.aff", latin1.GetBytes("SET ISO8859-1\nSFX S Y 1\nSFX S 0 s .\n"));
        var dic = folder.WriteBytes("fr.dic", latin1.GetBytes("1\nété/S\n"));
        var dictionary = HunspellDictionary.Load(aff, dic);
        Assert.True(dictionary.Check("étés"));

        var latin2 = Encoding.GetEncoding("ISO-8859-2");
        var aff2 = folder.WriteBytes("pl.aff", latin2.GetBytes("SET ISO8859-2\n"));
        var dic2 = folder.WriteBytes("pl.dic", latin2.GetBytes("1\nżółw\n"));
        Assert.True(HunspellDictionary.Load(aff2, dic2).Check("żółw"));
    }

    [Theory]
    [InlineData("SFX S Y 2\nSFX S 0 s .\n", 1, "the file ends before entry 2 of 2 of SFX S")]
    [InlineData("SFX S Y 2\nSFX S 0 s .\nPFX U Y 1\n", 3, "expected entry 2 of 2 of SFX S")]
    [InlineData("SFX S Y\n", 1, "expected 'SFX <flag> <Y|N> <count>'")]
    [InlineData("# comment\nSFX S Y 1\nSFX S 0 s [^aeiou\n", 3, "unbalanced bracket")]
    [InlineData("FLAG long\nSFX ABC Y 1\n", 2, "two-character flags")]
    [InlineData("SFX SS Y 1\n", 1, "'SS' is not one flag")]
    [InlineData("FLAG weird\n", 1, "unknown FLAG type 'weird'")]
    [InlineData("REP 2\nREP a b\n", 1, "the file ends before entry 2 of 2 of the REP table")]
    [InlineData("REP 2\nREP a b\nREP c\n", 3, "expected entry 2 of 2 of the REP table")]
    [InlineData("KEEPCASE\n", 1, "KEEPCASE needs a value")]
    public void A_malformed_affix_line_names_file_and_line(string affix, int line, string problem)
    {
        var exception = Assert.Throws<HunspellFormatException>(() => HunspellDictionary.Parse(affix, "0\n", "bad.aff", "bad.dic"));
        Assert.Equal("bad.aff", exception.FileName);
        Assert.Equal(line, exception.Line);
        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith($"bad.aff({line}): ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dictionary_without_a_word_count_or_with_an_undefined_alias_is_refused()
    {
        var count = Assert.Throws<HunspellFormatException>(() => HunspellDictionary.Parse(string.Empty, "cat\ndog\n", "x.aff", "x.dic"));
        Assert.Equal("x.dic(1): expected the word count on the first line, found 'cat'", count.Message);

        var alias = Assert.Throws<HunspellFormatException>(() => HunspellDictionary.Parse("AF 1\nAF S\n", "1\ncat/4\n", "x.aff", "x.dic"));
        Assert.Equal(2, alias.Line);
        Assert.Contains("flag alias 4", alias.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_binary_and_badly_encoded_files_are_clear_errors()
    {
        using var folder = new TempDirectory();
        var aff = folder.Write("ok.aff", "SET UTF-8\n");
        var missing = Assert.Throws<HunspellFormatException>(() => HunspellDictionary.Load(aff, folder.Combine("missing.dic")));
        Assert.Contains("missing.dic: cannot be read", missing.Message, StringComparison.Ordinal);

        var binary = folder.WriteBytes("binary.dic", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x41]);
        var notText = Assert.Throws<HunspellFormatException>(() => HunspellDictionary.Load(aff, binary));
        Assert.Contains("binary.dic: is not a text file", notText.Message, StringComparison.Ordinal);

        var latin = folder.WriteBytes("latin.dic", Encoding.Latin1.GetBytes("1\nété\n"));
        var encoding = Assert.Throws<HunspellFormatException>(() => HunspellDictionary.Load(aff, latin));
        Assert.Contains("latin.dic: is not valid utf-8", encoding.Message, StringComparison.Ordinal);

        var unknown = folder.Write("unknown.aff", "SET KLINGON-1\n");
        Assert.Contains("unknown encoding 'KLINGON-1'", Assert.Throws<HunspellFormatException>(() => HunspellDictionary.Load(unknown, latin)).Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Load_ADevice_IsAFormatErrorNamingTheFile_NeverAnEndlessRead()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero");
        using var temp = new TempDirectory();
        var dictionary = temp.Write("x.dic", "1\ncat\n");

        var device = Assert.Throws<HunspellFormatException>(() => HunspellDictionary.Load("/dev/zero", dictionary));

        Assert.Contains("/dev/zero", device.Message, StringComparison.Ordinal);
        Assert.Contains("not a regular file", device.Message, StringComparison.Ordinal);
    }
}
