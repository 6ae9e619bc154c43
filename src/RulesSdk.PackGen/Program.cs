using RulesSdk.PackGen;

// docrules-packgen: a build step, not a user command. See PackGenerator and docs/performance.md.
return PackGenerator.Run(args, Console.Out, Console.Error);
