namespace RoslynDocs;

/// <summary>Formats bulletin headlines: trimmed, first letter capitalised, no final full stop.</summary>
public static class HeadlineFormatter
{
    public static string Format(string headline)
    {
        ArgumentNullException.ThrowIfNull(headline);
        var trimmed = headline.Trim().TrimEnd('.');
        return trimmed.Length == 0 ? trimmed : char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
    }
}
