using Sprache;

namespace RulesSdk.Dsl.Parsing;

/// <summary>
/// Bounds how deep a recursive parser may nest (token groups and captures, template calls):
/// Sprache's combinators recurse once per level, so 2,000 nested groups overflowed the stack and
/// ended the process (the language server compiles packs as the user types). Past the limit the
/// parser fails and <see cref="ExceededAt"/> says where, for a DSL error of its own.
/// </summary>
internal sealed class NestingGuard(int limit)
{
    private int _depth;

    public int Limit { get; } = limit;

    /// <summary>The input where nesting first went past <see cref="Limit"/> since the last <see cref="Reset"/>.</summary>
    public IInput? ExceededAt { get; private set; }

    public void Reset()
    {
        _depth = 0;
        ExceededAt = null;
    }

    /// <summary><paramref name="inner"/>, one level deeper; fails once the limit is reached.</summary>
    public Parser<T> Nested<T>(Parser<T> inner) => input =>
    {
        if (_depth >= Limit)
        {
            ExceededAt ??= input;
            return Result.Failure<T>(input, $"nesting deeper than {Limit} levels", [$"at most {Limit} nested levels"]);
        }

        _depth++;
        try
        {
            return inner(input);
        }
        finally
        {
            _depth--;
        }
    };
}
