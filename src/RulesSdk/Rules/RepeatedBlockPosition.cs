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

    /// <summary>A body block between the first and the last, when it repeats the headline as a paragraph of its own.</summary>
    Inside,

    /// <summary>
    /// The headline glued at the start of a body paragraph, before its first sentence ("Title 6 novembre 2012. - The
    /// article…"): the copy alone is reported.
    /// </summary>
    Opening,

    /// <summary>
    /// A near copy of the headline less certain than <c>near</c>'s: the block right under the headline when neither of the
    /// two is the decorated one (the lower one, which comes after what it copies), or a paragraph of its own a little
    /// further from the headline than a certain copy.
    /// </summary>
    Reworded,
}
