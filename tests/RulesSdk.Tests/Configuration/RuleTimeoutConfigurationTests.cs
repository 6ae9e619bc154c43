using RulesSdk.Configuration;

namespace RulesSdk.Tests.Configuration;

/// <summary>"ruleTimeout" in .docrules.json: each rule's time budget per document, in milliseconds.</summary>
public sealed class RuleTimeoutConfigurationTests
{
    [Fact]
    public void RuleTimeout_IsReadInMilliseconds()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(2500), DocRulesConfiguration.Parse("""{ "ruleTimeout": 2500 }""", "/x/.docrules.json").RuleTimeout);
        Assert.Null(DocRulesConfiguration.Parse("{}", "/x/.docrules.json").RuleTimeout);
    }

    [Theory]
    [InlineData("""{ "ruleTimeout": 0 }""")]
    [InlineData("""{ "ruleTimeout": "5s" }""")]
    [InlineData("""{ "ruleTimeout": 1.5 }""")]
    public void BadRuleTimeout_IsAnError(string json)
    {
        var error = Assert.Throws<ConfigurationException>(() => DocRulesConfiguration.Parse(json, "/x/.docrules.json"));

        Assert.Contains("ruleTimeout: expected a positive whole number of milliseconds", error.Message, StringComparison.Ordinal);
    }
}
