using System.CommandLine;
using System.CommandLine.Invocation;
using RulesSdk.Cli.Commands;
using RulesSdk.Cli.Hosting;

namespace RulesSdk.Cli;

/// <summary>Builds the command tree, maps usage errors to exit 2 and escaped exceptions to exit 3.</summary>
public static class DocRulesApp
{
    public static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand("docrules: check and fix prose documents with RulesSdk rule packs.");
        root.Subcommands.Add(new CheckCommand(console).Build());
        root.Subcommands.Add(new FixCommand(console).Build());
        root.Subcommands.Add(new CompileCommand(console).Build());
        root.Subcommands.Add(new TestCommand(console).Build());
        root.Subcommands.Add(new ListCommand(console).Build());
        root.Subcommands.Add(new ExplainCommand(console).Build());
        root.Subcommands.Add(new InitCommand(console).Build());
        root.Subcommands.Add(new LspCommand(console).Build());
        root.Subcommands.Add(new ImportValeCommand(console).Build());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var parse = CreateRootCommand(console).Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"docrules: error: {error.Message}");
            }

            console.Error.WriteLine("Run 'docrules --help' (or 'docrules COMMAND --help') for usage.");
            return ExitCodes.BadInput;
        }

        var invocation = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            Output = console.Out,
            Error = console.Error,
        };

        try
        {
            return await parse.InvokeAsync(invocation, CancellationToken.None).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            foreach (var message in ex.Messages)
            {
                console.Error.WriteLine(message);
            }

            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("docrules: cancelled");
            return ExitCodes.InternalError;
        }
        catch (Exception ex)
        {
            console.Error.WriteLine($"docrules: internal error: {ex}");
            return ExitCodes.InternalError;
        }
    }
}
