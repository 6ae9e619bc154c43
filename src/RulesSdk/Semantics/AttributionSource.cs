namespace RulesSdk.Semantics;

/// <summary>How the text hands a clause to a speaker (or keeps it for the narrator).</summary>
public enum AttributionSource
{
    /// <summary>The narrator's own words.</summary>
    Narration,

    /// <summary>Inside quotation marks of any kind.</summary>
    Quotation,

    /// <summary>A paragraph opened by a dialogue dash (— or –).</summary>
    DialogueDash,

    /// <summary>A Markdown block quote.</summary>
    BlockQuote,

    /// <summary>Words the narrator ascribes to a source without quoting them: "selon X, …", "according to X, …".</summary>
    ReportedSpeech,

    /// <summary>
    /// A complement clause of a reporting verb: "X a affirmé que …", "X said that …", and the clauses chained to it by
    /// que/that. Its <see cref="Attribution.SpeakerSpan"/> is the reporting verb's subject ("X", "Elle", "Le chercheur").
    /// </summary>
    IndirectSpeech,

    /// <summary>A paragraph introduced by the short paragraph before it, ending with a colon ("Communiqué de l’agence :", "In a statement:").</summary>
    IntroducedStatement,

    /// <summary>An answer in an interview (Q&amp;A) document.</summary>
    InterviewAnswer,

    /// <summary>A question in an interview document (the interviewer speaks).</summary>
    InterviewQuestion,

    /// <summary>A social-media post embedded as scraped, closed by its attribution line ("— Name (@handle) date").</summary>
    EmbeddedPost,

    /// <summary>
    /// Unquoted words closed by an attribution ("…, a déclaré X.", "…, X said.") or on both sides of one in
    /// mid-sentence ("Pour moi, a insisté X, cette conférence…", "For me, X said once more, …", "…, he went on, …").
    /// Told apart from <see cref="ReportedSpeech"/> because, in the first person, it is direct speech that lost its
    /// quotation marks.
    /// </summary>
    ClosingIncise,

    /// <summary>
    /// A paragraph its author signs on the next line, as a column or a guest contribution inside a page ("— Anna
    /// Kovalenko is the energy columnist of this publication. The views expressed are her own.", « — Jean Dupont, maire
    /// de Colmar, dans une tribune au Monde »): the author's own voice, not the narrator's. The signature is that
    /// source too.
    /// </summary>
    SignedContribution,
}
