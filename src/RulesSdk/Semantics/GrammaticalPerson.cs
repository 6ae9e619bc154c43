namespace RulesSdk.Semantics;

/// <summary>The grammatical person a clause is written in.</summary>
public enum GrammaticalPerson
{
    /// <summary>Third person, or no person-carrying word at all.</summary>
    Third,

    /// <summary>je, j’, me, moi, mon…; I, me, my…</summary>
    FirstSingular,

    /// <summary>nous, notre…; we, us, our…</summary>
    FirstPlural,

    /// <summary>tu, vous, votre…; you, your…</summary>
    Second,

    /// <summary>on; one; il faut, il semble, it seems, there is…</summary>
    Impersonal,
}
