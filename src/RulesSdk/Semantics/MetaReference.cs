namespace RulesSdk.Semantics;

/// <summary>What a "meta" paragraph speaks of instead of the news: the text itself, its rewriting, the reader or the assistant.</summary>
[Flags]
public enum MetaReference
{
    None = 0,

    /// <summary>The text as an object: "Voici l’article…", "Here is the rewritten story:".</summary>
    Text = 1,

    /// <summary>Its rewriting: "j’ai reformulé", "I have paraphrased", "cette reformulation".</summary>
    Rewrite = 2,

    /// <summary>The reader, offered something: "N’hésitez pas…", "Let me know if…", "If you’d like…".</summary>
    Reader = 4,

    /// <summary>The assistant itself: "en tant qu’IA", "as a language model".</summary>
    Assistant = 8,
}
