namespace RulesSdk.Syntax;

public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    Quote,
}
