namespace RulesSdk.Rules;

/// <summary>Which repeats a <see cref="RepeatedBlockMatcher"/> reports.</summary>
public enum RepeatedBlockPosition
{
    /// <summary>Any block that repeats an earlier block verbatim (twenty characters or more).</summary>
    Any,

    /// <summary>The first body block, when it repeats the headline.</summary>
    First,

    /// <summary>The last body block (before trailing metadata and sign-offs), when it repeats the headline.</summary>
    Last,
}
