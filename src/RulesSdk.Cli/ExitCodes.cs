namespace RulesSdk.Cli;

/// <summary>The process exit codes of every docrules command, as documented in docs/cli.md.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the severity threshold (or the command succeeded).</summary>
    public const int Success = 0;

    /// <summary>Diagnostics at or above the threshold were found (check, fix) or a rule test failed (test).</summary>
    public const int DiagnosticsFound = 1;

    /// <summary>Bad input or usage: a missing path, an unreadable file, a malformed rule file or configuration, an unknown rule id.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in docrules or a rule pack escaped every guard; the exception is printed.</summary>
    public const int InternalError = 3;
}
