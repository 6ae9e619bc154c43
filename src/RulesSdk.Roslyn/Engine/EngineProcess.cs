// RS1035 bans processes in analyzers because an analyzer should not depend on its machine; this bridge's whole
// design is to run the rules in the docrules engine, out of process, within a time budget (docs/roslyn.md).
#pragma warning disable RS1035

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace RulesSdk.Roslyn.Engine;

/// <summary>
/// One long-lived <c>docrules check --jsonl</c> process. Documents are written as request lines whose id is
/// their line number; a reader thread matches each result line to its request, so any number of analyzer
/// threads can wait on it at once. Waits are bounded: a document over its budget stops the process.
/// </summary>
internal sealed class EngineProcess : IDisposable
{
    private const int MaxErrorOutput = 8000;

    private readonly object _gate = new();
    private readonly Dictionary<long, TaskCompletionSource<EngineOutcome>> _pending = new();
    private readonly StringBuilder _errorOutput = new();
    private readonly DataContractJsonSerializer _responseReader = new(typeof(EngineResponse));
    private readonly Process? _process;
    private long _lastLine;
    private string? _failure;
    private volatile bool _answered;
    private long _lastUsedTicks = DateTime.UtcNow.Ticks;
    private static long s_requestsSent;

    private EngineProcess(Process? process, string? failure)
    {
        _process = process;
        _failure = failure;
    }

    /// <summary>Documents sent to any engine by this process: what the result cache saves is visible in tests.</summary>
    public static long RequestsSent => Interlocked.Read(ref s_requestsSent);

    public DateTime LastUsed => new(Interlocked.Read(ref _lastUsedTicks), DateTimeKind.Utc);

    /// <summary>False once the process exited, failed to start or was stopped: the pool then starts another.</summary>
    public bool IsUsable
    {
        get
        {
            lock (_gate)
            {
                return _failure is null;
            }
        }
    }

    public static EngineProcess Start(EngineKey key)
    {
        var arguments = new List<string> { key.EnginePath, "check", "--jsonl" };
        if (key.ConfigFile.Length > 0)
        {
            arguments.Add("--config");
            arguments.Add(key.ConfigFile);
        }

        foreach (var assembly in key.Analyzers.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            arguments.Add("--analyzers");
            arguments.Add(assembly.Trim());
        }

        var start = new ProcessStartInfo(key.DotnetHost, CommandLine.Join(arguments))
        {
            WorkingDirectory = key.WorkingDirectory,
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NO_COLOR"] = "1";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("no process was started");
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or IOException)
        {
            return new EngineProcess(null, $"could not start '{key.DotnetHost}' to run the engine {key.EnginePath}: {ex.Message}");
        }

        var engine = new EngineProcess(process, null);
        process.ErrorDataReceived += (_, e) => engine.OnErrorLine(e.Data);
        process.BeginErrorReadLine();
        var reader = new Thread(engine.ReadResults) { IsBackground = true, Name = "docrules engine reader" };
        reader.Start();
        return engine;
    }

    /// <summary>
    /// Analyses one document, waiting at most <paramref name="budget"/>; until the engine first answers, also
    /// <paramref name="startAllowance"/> (the runtime starts and the packs load, or compile for a changed pack).
    /// </summary>
    public EngineOutcome Analyze(string path, string text, TimeSpan budget, TimeSpan startAllowance, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsedTicks, DateTime.UtcNow.Ticks);
        var completion = new TaskCompletionSource<EngineOutcome>();
        long line;
        lock (_gate)
        {
            if (_failure is not null || _process is null)
            {
                return EngineOutcome.NotAnalysed(EngineOutcomeKind.Failed, _failure ?? "the engine did not start");
            }

            line = ++_lastLine;
            Interlocked.Increment(ref s_requestsSent);
            _pending[line] = completion;
            try
            {
                var request = new StringBuilder(text.Length + 64);
                request.Append("{\"id\":").Append(line.ToString(CultureInfo.InvariantCulture)).Append(",\"path\":");
                JsonText.AppendString(request, path);
                request.Append(",\"text\":");
                JsonText.AppendString(request, text);
                request.Append("}\n");
                var bytes = Encoding.ASCII.GetBytes(request.ToString());
                var input = _process.StandardInput.BaseStream;
                input.Write(bytes, 0, bytes.Length);
                input.Flush();
            }
            catch (IOException)
            {
                // The engine exited: the reader thread completes this request with its exit code and error output.
            }
        }

        var wait = _answered ? budget : budget + startAllowance;
        try
        {
            if (completion.Task.Wait((int)wait.TotalMilliseconds, cancellationToken))
            {
                return completion.Task.Result;
            }
        }
        catch (OperationCanceledException)
        {
            lock (_gate)
            {
                _pending.Remove(line);
            }

            throw;
        }

        Stop($"'{path}' did not finish within {wait.TotalSeconds:0} s", completion);
        return EngineOutcome.NotAnalysed(EngineOutcomeKind.TimedOut, string.Empty);
    }

    public void Dispose()
    {
        if (_process is null)
        {
            return;
        }

        lock (_gate)
        {
            _failure ??= "the engine was shut down";
        }

        try
        {
            // End of input: the engine finishes what it holds and exits by itself.
            _process.StandardInput.Close();
            if (!_process.WaitForExit(2000))
            {
                _process.Kill();
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or Win32Exception)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    /// <summary>Kills the process; every other waiting document is told to retry on a new one.</summary>
    private void Stop(string reason, TaskCompletionSource<EngineOutcome> culprit)
    {
        List<TaskCompletionSource<EngineOutcome>> others;
        lock (_gate)
        {
            _failure ??= reason;
            others = new List<TaskCompletionSource<EngineOutcome>>(_pending.Values);
            _pending.Clear();
        }

        try
        {
            _process?.Kill();
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception)
        {
            // It exited meanwhile.
        }

        foreach (var other in others)
        {
            if (!ReferenceEquals(other, culprit))
            {
                other.TrySetResult(EngineOutcome.NotAnalysed(EngineOutcomeKind.Interrupted, "the engine was restarted: " + reason));
            }
        }
    }

    private void OnErrorLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_errorOutput)
        {
            if (_errorOutput.Length < MaxErrorOutput)
            {
                _errorOutput.AppendLine(line);
            }
        }
    }

    private void ReadResults()
    {
        var output = _process!.StandardOutput;
        try
        {
            while (output.ReadLine() is { } line)
            {
                _answered = true;
                Complete(line);
            }
        }
        catch (IOException)
        {
            // The pipe broke: handled below as an exit.
        }

        FailAll(ExitMessage());
    }

    private void Complete(string line)
    {
        EngineResponse? response;
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(line));
            response = _responseReader.ReadObject(stream) as EngineResponse;
        }
        catch (Exception ex) when (ex is System.Runtime.Serialization.SerializationException or System.Xml.XmlException)
        {
            response = null;
        }

        var key = response?.Id ?? response?.Line;
        if (key is null)
        {
            OnErrorLine("unexpected engine output: " + line);
            return;
        }

        TaskCompletionSource<EngineOutcome>? completion;
        lock (_gate)
        {
            if (_pending.TryGetValue(key.Value, out completion))
            {
                _pending.Remove(key.Value);
            }
        }

        completion?.TrySetResult(response!.Error is { } error
            ? EngineOutcome.NotAnalysed(EngineOutcomeKind.Refused, error)
            : EngineOutcome.Analysed(response.Diagnostics ?? new List<EngineDiagnostic>()));
    }

    private string ExitMessage()
    {
        string? exitCode = null;
        try
        {
            // WaitForExit() after a timed wait also drains the error output.
            if (_process!.WaitForExit(30_000))
            {
                _process.WaitForExit();
                exitCode = _process.ExitCode.ToString(CultureInfo.InvariantCulture);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception)
        {
            exitCode = null;
        }

        string errors;
        lock (_errorOutput)
        {
            errors = _errorOutput.ToString().Trim();
        }

        var message = exitCode is null ? "the engine stopped" : "the engine exited with code " + exitCode;
        return errors.Length == 0 ? message : message + ": " + errors.Replace("\r\n", " | ").Replace("\n", " | ");
    }

    private void FailAll(string message)
    {
        List<TaskCompletionSource<EngineOutcome>> pending;
        lock (_gate)
        {
            _failure ??= message;
            pending = new List<TaskCompletionSource<EngineOutcome>>(_pending.Values);
            _pending.Clear();
        }

        foreach (var completion in pending)
        {
            completion.TrySetResult(EngineOutcome.NotAnalysed(EngineOutcomeKind.Failed, message));
        }
    }
}
