using RulesSdk.Cli;
using RulesSdk.Cli.Hosting;

// docrules: a thin host. DocRulesApp wires one class per command; exit codes are in docs/cli.md.
using var console = CliConsole.CreateForProcess();
return await DocRulesApp.RunAsync(args, console).ConfigureAwait(false);
