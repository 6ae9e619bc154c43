using System.CommandLine;
using RulesSdk.Cli.Hosting;
using RulesSdk.Precompiled;
using RulesSdk.Cli.Loading;
using RulesSdk.LanguageServer;

namespace RulesSdk.Cli.Commands;

/// <summary><c>docrules lsp</c>: the language server over stdio, with the embedded built-in packs.</summary>
public sealed class LspCommand(CliConsole console)
{
    public Command Build()
    {
        var command = new Command("lsp", "Run the language server over stdio (for editors; see docs/ide.md).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            _ = (parseResult, console);
            var options = new LanguageServerOptions
            {
                BuiltInSources = [.. BuiltInPacks.GetPackSources().SelectMany(p => p.Sources)],
                ReadBuiltInFile = BuiltInPacks.ReadFile,
                PrecompiledBuiltIns = BuiltInPackAssembly.Assembly,
            };
            return await LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), options, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
