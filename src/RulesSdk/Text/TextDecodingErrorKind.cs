namespace RulesSdk.Text;

public enum TextDecodingErrorKind
{
    /// <summary>The bytes are not valid in the detected or requested encoding.</summary>
    InvalidEncoding,

    /// <summary>The bytes hold NUL or other control data: not a text document.</summary>
    Binary,
}
