namespace RulesSdk.Cli;

/// <summary>
/// Stops a command with an exit code and one line per problem on stderr. Thrown for bad input and
/// usage (exit 2); anything else that escapes a command is an internal error (exit 3).
/// </summary>
public sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.BadInput)
        : this([message], exitCode)
    {
    }

    public CliException(IEnumerable<string> messages, int exitCode = ExitCodes.BadInput)
        : this([.. messages], exitCode)
    {
    }

    private CliException(string[] messages, int exitCode)
        : base(messages.Length == 0 ? "docrules stopped." : string.Join(Environment.NewLine, messages))
    {
        Messages = messages;
        ExitCode = exitCode;
    }

    /// <summary>One problem per line, printed to stderr as they are.</summary>
    public IReadOnlyList<string> Messages { get; }

    public int ExitCode { get; }
}
