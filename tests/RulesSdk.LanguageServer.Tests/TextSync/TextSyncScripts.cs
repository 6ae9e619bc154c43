using RulesSdk.LanguageServer.Protocol;
using LspRange = RulesSdk.LanguageServer.Protocol.Range;

namespace RulesSdk.LanguageServer.Tests.TextSync;

/// <summary>Random texts and didChange messages for the text synchronisation tests.</summary>
internal static class TextSyncScripts
{
    // Line breaks of every kind, CR and LF apart so that edits join and split them, and surrogate halves.
    public static string RandomText(Random random, int length)
    {
        string[] pieces = ["a", "b", "c", "\r", "\n", "\r\n", "\u2028", "\u2029", "\u0085", "\U0001F600", "\uD83D", "\uDE00", " "];
        var builder = new System.Text.StringBuilder();
        while (builder.Length < length)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// One didChange: mostly one ranged change, sometimes several, now and then a whole-text replacement among
    /// them; ranges on <paramref name="lines"/> lines and past them, reversed, negative or past a line's end.
    /// </summary>
    public static TextDocumentContentChangeEvent[] RandomMessage(Random random, int lines)
    {
        var changes = new TextDocumentContentChangeEvent[random.Next(4) == 0 ? random.Next(2, 6) : 1];
        for (var i = 0; i < changes.Length; i++)
        {
            changes[i] = random.Next(60) == 0
                ? new TextDocumentContentChangeEvent(null, RandomText(random, random.Next(0, lines * 20)))
                : RandomChange(random, lines);
        }

        return changes;
    }

    private static TextDocumentContentChangeEvent RandomChange(Random random, int lines)
    {
        int Line() => random.Next(20) switch { 0 => -1, 1 => lines + 5, _ => random.Next(0, lines) };
        int Character() => random.Next(20) switch { 0 => -3, 1 => 1000, _ => random.Next(0, 12) };
        var text = random.Next(4) == 0 ? string.Empty : RandomText(random, random.Next(1, 8));
        return new(new LspRange(new Position(Line(), Character()), new Position(Line(), Character())), text);
    }
}
