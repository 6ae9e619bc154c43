namespace RulesSdk.Analyzers;

/// <summary>An analyzer spent its time budget on a document (<see cref="RuleBudget"/>); reported as DR0002.</summary>
internal sealed class RuleBudgetExceededException(TimeSpan budget, int position)
    : Exception($"the rule ran longer than its budget of {(int)budget.TotalMilliseconds} ms")
{
    public TimeSpan Budget { get; } = budget;

    public int Position { get; } = position;
}
