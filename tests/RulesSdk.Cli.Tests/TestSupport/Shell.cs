using System.Diagnostics;

namespace RulesSdk.Cli.Tests.TestSupport;

/// <summary>Runs system tools the hardening tests need (mknod, mkfifo, chown, patch, git) and says whether the tests run as root.</summary>
public static class Shell
{
    public static bool IsRoot => !OperatingSystem.IsWindows() && Mono.Unix.Native.Syscall.geteuid() == 0;

    /// <summary>Runs <paramref name="program"/> and returns its exit code and output (stdout then stderr).</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Runs a command that must succeed.</summary>
    public static void Must(string workingDirectory, string program, params string[] args)
    {
        var (exit, output) = Run(workingDirectory, program, args);
        Assert.True(exit == 0, $"{program} {string.Join(' ', args)} failed (exit {exit}): {output}");
    }

    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
}
