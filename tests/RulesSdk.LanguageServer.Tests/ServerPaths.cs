namespace RulesSdk.LanguageServer.Tests;

/// <summary>Where the built test host is: beside this test assembly's output, under its own project.</summary>
internal static class ServerPaths
{
    public static string HostDll { get; } = Find();

    private static string Find()
    {
        // tests/RulesSdk.LanguageServer.Tests/bin/<Configuration>/<tfm>/ → tests/RulesSdk.LanguageServer.TestHost/bin/<Configuration>/<tfm>/
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var tfm = Path.GetFileName(here);
        var configuration = Path.GetFileName(Path.GetDirectoryName(here)!);
        var testsFolder = Path.GetFullPath(Path.Combine(here, "..", "..", "..", ".."));
        var dll = Path.Combine(testsFolder, "RulesSdk.LanguageServer.TestHost", "bin", configuration, tfm, "RulesSdk.LanguageServer.TestHost.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build tests/RulesSdk.LanguageServer.TestHost first.", dll);
    }
}
