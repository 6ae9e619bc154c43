namespace RulesSdk.Spelling;

/// <summary>A dictionary file that cannot be read: the message names the file and, when known, the line.</summary>
public sealed class HunspellFormatException : Exception
{
    public HunspellFormatException(string fileName, int line, string problem)
        : base(line > 0 ? $"{fileName}({line}): {problem}" : $"{fileName}: {problem}")
    {
        FileName = fileName;
        Line = line;
        Problem = problem;
    }

    public HunspellFormatException(string fileName, string problem, Exception inner)
        : base($"{fileName}: {problem}", inner)
    {
        FileName = fileName;
        Problem = problem;
    }

    public string FileName { get; }

    /// <summary>The 1-based line, or 0 when the problem is the whole file.</summary>
    public int Line { get; }

    public string Problem { get; }
}
