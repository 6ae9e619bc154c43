namespace RulesSdk.Semantics;

/// <summary>Where a block stands in the document's structure (several may hold at once).</summary>
[Flags]
public enum StructuralRole
{
    None = 0,

    /// <summary>The headline: the first block that is not a preface about the text.</summary>
    Title = 1,

    /// <summary>Before the headline (an assistant preface).</summary>
    BeforeTitle = 2,

    /// <summary>The first body block after the headline.</summary>
    FirstParagraph = 4,

    /// <summary>The last block with content of its own (before any trailing meta block).</summary>
    LastParagraph = 8,

    /// <summary>After the last block of content: sign-offs and trailing metadata.</summary>
    AfterContent = 16,

    /// <summary>A paragraph that speaks of the text, its rewriting or its reader (<see cref="MetaReference"/>).</summary>
    Meta = 32,

    /// <summary>
    /// The whole block is a speaker's, not the narrator's: a block quote (an indented paragraph of plain text,
    /// "&gt;" in Markdown), an interview question or answer, a dialogue line, an embedded post, a statement
    /// introduced by the previous paragraph ("In a statement:").
    /// </summary>
    Spoken = 64,

    /// <summary>
    /// The document speaks to its reader in the second person throughout (<see cref="DocumentSemantics.AddressesItsReader"/>:
    /// a letter, practical instructions, a transcript of exchanges), so that a block's second person is the register,
    /// not a slip. Every block of such a document has the role.
    /// </summary>
    Addressed = 128,
}
