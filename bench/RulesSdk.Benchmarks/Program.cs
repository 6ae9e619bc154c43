using BenchmarkDotNet.Running;
using RulesSdk.Benchmarks;

// RulesSdk.Benchmarks                       BenchmarkDotNet's menu (or --filter '*Rule*', --list flat, ...)
// RulesSdk.Benchmarks literals              the built-in packs' prefilter literals (bench/Floor/literals.txt)
// RulesSdk.Benchmarks breakdown [--size 10] [--layout files|single] [--repeat 3]
//                                           a quick Stopwatch breakdown of where the time goes
switch (args.FirstOrDefault())
{
    case "literals":
        return Literals.Print(Console.Out);
    case "regex":
        return RegexExperiment.Run(args[1..]);
    case "breakdown":
        return Breakdown.Run(args[1..]);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(BenchEnvironment).Assembly).Run(args);
        return 0;
}
