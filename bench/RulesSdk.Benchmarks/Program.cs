using BenchmarkDotNet.Running;
using RulesSdk.Benchmarks;

// RulesSdk.Benchmarks                       BenchmarkDotNet's menu (or --filter '*Rule*', --list flat, ...)
// RulesSdk.Benchmarks literals              the built-in packs' prefilter literals (bench/Floor/literals.txt)
// RulesSdk.Benchmarks breakdown [--size 10] [--layout files|single] [--repeat 3] [--no-rules] [--only ID,ID]
//                                           a quick Stopwatch breakdown of where the time goes
// RulesSdk.Benchmarks sentence-regex RULE-ID PATTERN-FILE [--size 10]
//                                           a rule's regex against a rewrite, over every sentence: time and same matches
// RulesSdk.Benchmarks lsp-latency [--edits 200] [--bytes 100000] [--seed N] [--debounce default,0] [--server PATH]
//                                           editor latency: the built server driven over stdio (docs/performance.md)
// RulesSdk.Benchmarks nvim-latency [--edits 200] [--bytes 100000] [--seed N] [--server PATH] [--nvim PATH]
//                                           the same through headless Neovim's LSP client, both debounces 0 (docs/ide.md)
switch (args.FirstOrDefault())
{
    case "literals":
        return Literals.Print(Console.Out);
    case "regex":
        return RegexExperiment.Run(args[1..]);
    case "sentence-regex":
        return SentenceRegexExperiment.Run(args[1..]);
    case "breakdown":
        return Breakdown.Run(args[1..]);
    case "lsp-latency":
        return LspLatency.Run(args[1..]);
    case "nvim-latency":
        return NvimLatency.Run(args[1..]);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(BenchEnvironment).Assembly).Run(args);
        return 0;
}
