namespace RulesSdk.Cli.Formatting;

/// <summary>Writes an <see cref="AnalysisReport"/> in one output format.</summary>
public interface IReportFormatter
{
    /// <summary>Whether the report needs every diagnostic's fixes computed.</summary>
    bool NeedsFixes { get; }

    void Write(AnalysisReport report, TextWriter writer);
}
