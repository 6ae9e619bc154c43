using System.Globalization;

namespace RulesSdk.Vale;

/// <summary>
/// A problem met while importing a Vale style, at its place in the Vale file. Errors skip the
/// rule (the rest of the style still imports); warnings name what was approximated or left out.
/// </summary>
public sealed record ValeDiagnostic(string Id, bool IsError, string Message, string Path, int Line, int Column)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column}): {(IsError ? "error" : "warning")} {Id}: {Message}");
}
