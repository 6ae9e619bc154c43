using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary><c>docrules import vale</c> and <c>docrules init --from-vale</c>, run as a user runs them.</summary>
public sealed class ImportValeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public ImportValeTests()
    {
        _folder.Write("styles/House/Utilize.yml", "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: warning\nignorecase: true\naction:\n  name: replace\nswap:\n  utilize: use\n");
        _folder.Write("styles/House/Shout.yml", "extends: existence\nmessage: \"Don't shout '%s'.\"\nlevel: error\nlimit: 2\ntokens:\n  - URGENT\n");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Import_writes_one_rule_file_per_Vale_rule_and_warns_with_positions()
    {
        var result = await _folder.RunAsync("import", "vale", "styles/House", "--out", "rules/house");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(_folder.Combine("rules/house/pack.rules")));
        Assert.Contains("title       \"House.Utilize\"", _folder.Read("rules/house/House.Utilize.rules"), StringComparison.Ordinal);
        Assert.Contains(result.StderrLines, l => l.EndsWith("Shout.yml(4,1): warning VALE003: 'limit' (alerts per rule) is not supported: every match is reported", StringComparison.Ordinal));

        _folder.Write("doc.md", "We utilize it. URGENT.\n");
        var check = await _folder.RunAsync("check", "doc.md", "--rules", "rules/house", "--no-builtin");
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("doc.md(1,4): warning HOUSE0002: Use 'use' instead of 'utilize'.", check.StdoutLines);
        Assert.Contains("doc.md(1,16): error HOUSE0001: Don't shout 'URGENT'.", check.StdoutLines);

        var fix = await _folder.RunAsync("fix", "doc.md", "--rules", "rules/house", "--no-builtin");
        Assert.True(fix.ExitCode is 0 or 1, fix.ToString());
        Assert.Equal("We use it. URGENT.\n", _folder.Read("doc.md"));
    }

    [Fact]
    public async Task Import_never_overwrites_without_force()
    {
        _folder.Write("rules/house/pack.rules", "# mine\n");

        var refused = await _folder.RunAsync("import", "vale", "styles/House", "--out", "rules/house");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(refused.StderrLines, l => l.Contains("pack.rules: error: already exists; use --force", StringComparison.Ordinal));
        Assert.Equal("# mine\n", _folder.Read("rules/house/pack.rules"));

        var forced = await _folder.RunAsync("import", "vale", "styles/House", "--out", "rules/house", "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.StartsWith("# Imported from the Vale style", _folder.Read("rules/house/pack.rules"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_runs_the_imported_pack_without_writing_it()
    {
        _folder.Write("doc.md", "We utilize it.\n");

        var result = await _folder.RunAsync("import", "vale", "styles/House", "--check", "doc.md");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("doc.md(1,4): warning HOUSE0002: Use 'use' instead of 'utilize'.", result.StdoutLines);
        Assert.False(Directory.Exists(_folder.Combine("rules")));
    }

    [Fact]
    public async Task Malformed_yaml_exits_2_names_the_file_and_line_and_imports_the_rest()
    {
        _folder.Write("styles/House/Broken.yml", "extends: existence\ntokens: [unclosed\n");

        var result = await _folder.RunAsync("import", "vale", "styles/House", "--out", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.StderrLines, l => l.Contains("Broken.yml(", StringComparison.Ordinal) && l.Contains("error VALE001: malformed YAML", StringComparison.Ordinal));
        Assert.True(File.Exists(_folder.Combine("out/House.Utilize.rules")));
        Assert.False(File.Exists(_folder.Combine("out/House.Broken.rules")));
    }

    [Fact]
    public async Task A_vale_ini_naming_only_folders_without_rules_warns_per_style_and_exits_0()
    {
        _folder.Write("styles/Empty/readme.txt", "no rules here\n");
        _folder.Write("styles/Multi/Two.yml", "extends: existence\nmessage: x\ntokens: [a]\n---\nextends: existence\nmessage: y\ntokens: [b]\n");
        _folder.Write(".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = Empty, Multi\n");

        var result = await _folder.RunAsync("import", "vale", ".vale.ini", "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.StderrLines, l => l.EndsWith(".vale.ini(3,1): warning VALE010: style 'Empty' holds no Vale rule (no .yml or .yaml file in " + _folder.Combine("styles/Empty") + "): nothing is imported from it", StringComparison.Ordinal));
        Assert.Contains(result.StderrLines, l => l.EndsWith("Two.yml(5,1): warning VALE003: the file holds 2 YAML documents (the second at line 5): only the first is a rule, as in Vale; the others are ignored", StringComparison.Ordinal));
        Assert.True(File.Exists(_folder.Combine("out/Multi.Two.rules")));
    }

    [Fact]
    public async Task A_missing_style_exits_2()
    {
        var result = await _folder.RunAsync("import", "vale", "nowhere");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.StderrLines, l => l.StartsWith("nowhere: error: No Vale style folder or .vale.ini", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Init_from_vale_configures_the_imported_pack()
    {
        _folder.Write("styles/.vale.ini", "StylesPath = .\n\n[*.md]\nBasedOnStyles = House\n");
        _folder.Write("doc.md", "We utilize it.\n");

        var init = await _folder.RunAsync("init", "--from-vale", "styles/.vale.ini");
        var check = await _folder.RunAsync("check", "doc.md", "--no-builtin");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.Contains("\"rulePacks\": [\"rules/house\"]", _folder.Read(".docrules.json"), StringComparison.Ordinal);
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("doc.md(1,4): warning HOUSE0002: Use 'use' instead of 'utilize'.", check.StdoutLines);
    }
}
