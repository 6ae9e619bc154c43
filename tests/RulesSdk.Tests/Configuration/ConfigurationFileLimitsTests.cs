using System.Text;
using RulesSdk.Configuration;
using RulesSdk.Tests.TestSupport;

namespace RulesSdk.Tests.Configuration;

/// <summary>
/// The configuration file is read as documents are: regular files only, at most
/// <see cref="DocRulesConfiguration.MaxConfigurationBytes"/>; "ruleTimeout" is bounded as <c>--rule-timeout</c> is.
/// </summary>
public sealed class ConfigurationFileLimitsTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(3_600_000L)]
    public void RuleTimeout_FromOneMillisecondToAnHour_IsRead(long milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), DocRulesConfiguration.Parse($$"""{ "ruleTimeout": {{milliseconds}} }""", "/x/.docrules.json").RuleTimeout);

    [Theory]
    [InlineData("3600001")]
    [InlineData("9223372036854775807")]
    [InlineData("99999999999999999999")]
    public void RuleTimeout_OverAnHour_NamesTheKeyTheValueAndTheRange(string value)
    {
        var error = Assert.Throws<ConfigurationException>(() => DocRulesConfiguration.Parse($$"""{ "ruleTimeout": {{value}} }""", "/x/.docrules.json"));

        Assert.Equal($"/x/.docrules.json: error: ruleTimeout: {value} is out of range; expected a whole number of milliseconds from 1 to 3600000 (an hour)", error.Message);
    }

    [Fact]
    public void RuleTimeout_AHugeValue_IsShortenedInTheMessage()
    {
        var error = Assert.Throws<ConfigurationException>(() => DocRulesConfiguration.Parse($$"""{ "ruleTimeout": {{new string('9', 5000)}} }""", "/x/.docrules.json"));

        Assert.Contains("ruleTimeout: 99999999999999999999… is out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigurationOverTheLimit_IsAConfigurationError()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine(DocRulesConfiguration.FileName);
        using (var stream = File.Create(path))
        {
            stream.SetLength(DocRulesConfiguration.MaxConfigurationBytes + 1);
        }

        var error = Assert.Throws<ConfigurationException>(() => DocRulesConfiguration.Load(path));

        Assert.Equal($"{path}: error: cannot read the configuration file: 1,048,577 bytes, larger than the 1 MB limit (1,048,576 bytes)", error.Message);
    }

    [Fact]
    public void AFolder_IsNotAConfigurationFile()
    {
        using var temp = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => DocRulesConfiguration.Load(temp.Path));

        Assert.Contains("cannot read the configuration file: a folder, not a regular file", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ConfigurationLinkedToDevZero_IsAConfigurationError()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero");
        using var temp = new TempDirectory();
        var path = temp.Combine(DocRulesConfiguration.FileName);
        File.CreateSymbolicLink(path, "/dev/zero");

        var error = Assert.Throws<ConfigurationException>(() => DocRulesConfiguration.Load(DocRulesConfiguration.Find(temp.Path)!));

        Assert.StartsWith(path + ": error: cannot read the configuration file: a character device", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void FifoConfiguration_IsNotOpened()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        using var temp = new TempDirectory();
        var path = temp.Combine(DocRulesConfiguration.FileName);
        Assert.Equal(0, Mono.Unix.Native.Syscall.mkfifo(path, Mono.Unix.Native.FilePermissions.DEFFILEMODE));

        var error = Assert.Throws<ConfigurationException>(() => DocRulesConfiguration.Load(path));

        Assert.Contains("a FIFO (named pipe), not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    public void ConfigurationWithAByteOrderMark_IsStillRead(string encoding)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine(DocRulesConfiguration.FileName);
        File.WriteAllText(path, """{ "language": "fr" }""", Encoding.GetEncoding(encoding));

        Assert.Equal("fr", DocRulesConfiguration.Load(path).Language);
    }
}
