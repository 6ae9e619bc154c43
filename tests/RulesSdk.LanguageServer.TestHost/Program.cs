using RulesSdk.LanguageServer;

// No built-in packs: the tests load theirs through the docrules.rulesPaths setting.
return await LanguageServerHost.RunAsync(
    Console.OpenStandardInput(),
    Console.OpenStandardOutput(),
    LanguageServerOptions.Default,
    CancellationToken.None);
