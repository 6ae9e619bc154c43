using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// A date, a time or both in the text, with the parsed parts: each is null when the text does not
/// give it ("13 juin" has no year). <see cref="Zone"/> is the time zone as written ("UTC", "+02:00",
/// "heure de Paris").
/// </summary>
public sealed record DateMention(TextSpan Span, int? Year, int? Month, int? Day, TimeOnly? Time, string? Zone)
{
    /// <summary>The calendar date when the text gives day, month and year and they form a real date.</summary>
    public DateOnly? Date =>
        Year is { } y and >= 1 and <= 9999 && Month is { } m && Day is { } d && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    public bool HasDate => Month is not null && Day is not null;
}
