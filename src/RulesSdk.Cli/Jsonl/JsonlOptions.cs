using System.CommandLine;

namespace RulesSdk.Cli.Jsonl;

/// <summary><c>--id-field</c> and <c>--text-field</c>: where <c>--jsonl</c> input lines keep their id and text.</summary>
public sealed class JsonlOptions
{
    public Option<string?> IdField { get; } = new("--id-field")
    {
        Description = "With --jsonl: the field holding each document's id (a name, or a dotted path such as meta.id; default id).",
        HelpName = "FIELD",
    };

    public Option<string?> TextField { get; } = new("--text-field")
    {
        Description = "With --jsonl: the field holding each document's text (a name or a dotted path; default text). Other fields are passed through to the output.",
        HelpName = "FIELD",
    };

    /// <summary>Adds the options, and an error when one is given without <paramref name="jsonl"/>.</summary>
    public void AddTo(Command command, Option<bool> jsonl)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(jsonl);
        command.Options.Add(IdField);
        command.Options.Add(TextField);
        foreach (var option in new[] { IdField, TextField })
        {
            option.Validators.Add(result =>
            {
                var value = result.GetValueOrDefault<string?>();
                if (value is not null && (value.Length == 0 || value.Split('.').Any(string.IsNullOrEmpty)))
                {
                    result.AddError($"{option.Name} '{value}': expected a field name or a dotted path such as meta.id");
                }
            });
        }

        command.Validators.Add(result =>
        {
            if (!result.GetValue(jsonl) && (result.GetResult(IdField) is not null || result.GetResult(TextField) is not null))
            {
                result.AddError("--id-field and --text-field apply only with --jsonl");
            }
        });
    }

    public JsonlFieldMap GetFieldMap(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new JsonlFieldMap(parse.GetValue(IdField) ?? "id", parse.GetValue(TextField) ?? "text");
    }
}
