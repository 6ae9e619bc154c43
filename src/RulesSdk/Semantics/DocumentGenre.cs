namespace RulesSdk.Semantics;

/// <summary>What kind of text a document is; first person is judged against it.</summary>
public enum DocumentGenre
{
    /// <summary>A news report: the narrator is a neutral third person.</summary>
    NewsReport,

    /// <summary>An interview written as questions and answers: answers are in the interviewee's first person.</summary>
    Interview,

    /// <summary>An op-ed, column or signed tribune: the author's first person is legitimate.</summary>
    OpEd,

    /// <summary>A speech transcript: the speaker's first person and the address to the audience are legitimate.</summary>
    Speech,

    /// <summary>A press release: the issuer writes "we" and may address the reader.</summary>
    PressRelease,
}
