namespace LeakModelTrainer;

/// <summary>"--name value" and "--flag" command-line options.</summary>
internal sealed class Arguments
{
    private readonly List<(string Name, string? Value)> _options = [];

    public static Arguments Parse(string[] args)
    {
        var parsed = new Arguments();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument \"{args[i]}\": options start with --");
            }

            var name = args[i];
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            parsed._options.Add((name, value));
        }

        return parsed;
    }

    public bool Has(string name) => _options.Exists(o => o.Name == name);

    public string Get(string name, string fallback) => _options.LastOrDefault(o => o.Name == name).Value ?? fallback;

    public IEnumerable<string> All(string name) => _options.Where(o => o.Name == name && o.Value is not null).Select(o => o.Value!);
}
