using System.Text;

namespace RulesSdk.Cli.Hosting;

/// <summary>
/// The process's standard streams as the commands see them: UTF-8 writers, and whether each
/// stream is a terminal (colour and progress only go to terminals, never when NO_COLOR is set).
/// </summary>
public sealed class CliConsole : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public CliConsole(TextWriter output, TextWriter error, Func<Stream> openInput, bool outputIsTerminal, bool errorIsTerminal, bool colorAllowed, bool isContinuousIntegration)
    {
        Out = output;
        // Warnings may come from two stages at once (documents and rule packs load together).
        Error = TextWriter.Synchronized(error);
        OpenInput = openInput;
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
        UseColor = outputIsTerminal && colorAllowed;
        UseErrorColor = errorIsTerminal && colorAllowed;
        IsContinuousIntegration = isContinuousIntegration;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Opens standard input as raw bytes (documents keep their encoding).</summary>
    public Func<Stream> OpenInput { get; }

    public bool OutputIsTerminal { get; }

    public bool ErrorIsTerminal { get; }

    /// <summary>Colour on stdout: a terminal and NO_COLOR unset.</summary>
    public bool UseColor { get; }

    /// <summary>Colour on stderr: a terminal and NO_COLOR unset.</summary>
    public bool UseErrorColor { get; }

    /// <summary>The CI environment variable is set: no progress bar.</summary>
    public bool IsContinuousIntegration { get; }

    /// <summary>The real process streams, buffered; flushed on dispose.</summary>
    public static CliConsole CreateForProcess()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), Utf8, bufferSize: 1 << 16) { AutoFlush = false, NewLine = "\n" };
        var error = new StreamWriter(Console.OpenStandardError(), Utf8, bufferSize: 1 << 12) { AutoFlush = true, NewLine = "\n" };
        var colorAllowed = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var ci = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return new CliConsole(
            output,
            error,
            Console.OpenStandardInput,
            outputIsTerminal: !Console.IsOutputRedirected,
            errorIsTerminal: !Console.IsErrorRedirected,
            colorAllowed,
            ci);
    }

    /// <summary>
    /// Writes bytes to standard output as they are (a document in its own encoding and byte order
    /// mark), after whatever text was written before.
    /// </summary>
    public void WriteRaw(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Out.Flush();
        if (Out is StreamWriter { BaseStream: { } stream })
        {
            stream.Write(bytes);
            stream.Flush();
            return;
        }

        // A writer without a stream (in-process hosts): text is all it can take.
        using var reader = new StreamReader(new MemoryStream(bytes), Utf8, detectEncodingFromByteOrderMarks: true);
        Out.Write(reader.ReadToEnd());
    }

    public void Dispose()
    {
        Out.Flush();
        Error.Flush();
        Out.Dispose();
        Error.Dispose();
    }
}
