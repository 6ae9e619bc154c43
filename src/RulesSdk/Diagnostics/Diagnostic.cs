using System.Collections.Immutable;
using System.Globalization;

namespace RulesSdk.Diagnostics;

/// <summary>One finding of a rule in a document.</summary>
public sealed class Diagnostic
{
    private Diagnostic(
        DiagnosticDescriptor descriptor,
        Location location,
        DiagnosticSeverity severity,
        ImmutableArray<object?> arguments,
        ImmutableDictionary<string, string?> properties,
        bool isSuppressed)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Arguments = arguments;
        Properties = properties;
        IsSuppressed = isSuppressed;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public Location Location { get; }

    public DiagnosticSeverity Severity { get; }

    /// <summary>The arguments of <see cref="DiagnosticDescriptor.MessageFormat"/>.</summary>
    public ImmutableArray<object?> Arguments { get; }

    /// <summary>Data for the code fix provider (captures, spans), as Roslyn's Diagnostic.Properties.</summary>
    public ImmutableDictionary<string, string?> Properties { get; }

    /// <summary>True when an inline comment or configuration suppressed it; kept so hosts can show it.</summary>
    public bool IsSuppressed { get; }

    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        ImmutableDictionary<string, string?>? properties,
        params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(location);
        return new Diagnostic(
            descriptor,
            location,
            descriptor.DefaultSeverity,
            [.. messageArgs],
            properties ?? ImmutableDictionary<string, string?>.Empty,
            isSuppressed: false);
    }

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs) =>
        Create(descriptor, location, properties: null, messageArgs);

    public string GetMessage(IFormatProvider? formatProvider = null)
    {
        if (Arguments.IsEmpty)
        {
            return Descriptor.MessageFormat;
        }

        try
        {
            return string.Format(formatProvider ?? CultureInfo.InvariantCulture, Descriptor.MessageFormat, [.. Arguments]);
        }
        catch (FormatException)
        {
            // A malformed format must not hide the finding: show the format and its arguments.
            return $"{Descriptor.MessageFormat} ({string.Join(", ", Arguments)})";
        }
    }

    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, Location, severity, Arguments, Properties, IsSuppressed);

    public Diagnostic WithLocation(Location location) =>
        new(Descriptor, location, Severity, Arguments, Properties, IsSuppressed);

    internal Diagnostic WithLocationAndProperties(Location location, ImmutableDictionary<string, string?> properties) =>
        new(Descriptor, location, Severity, Arguments, properties, IsSuppressed);

    public Diagnostic WithIsSuppressed(bool isSuppressed) =>
        isSuppressed == IsSuppressed ? this : new Diagnostic(Descriptor, Location, Severity, Arguments, Properties, isSuppressed);

    /// <summary>"path(line,col): warning PL0001: message", as compilers print diagnostics.</summary>
    public override string ToString() =>
        $"{Location}: {SeverityText(Severity)} {Id}: {GetMessage()}";

    public static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
