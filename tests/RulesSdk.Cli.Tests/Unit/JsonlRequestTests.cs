using RulesSdk.Cli.Jsonl;

namespace RulesSdk.Cli.Tests.Unit;

public sealed class JsonlRequestTests
{
    [Fact]
    public void Parse_KeepsTheRawIdAndOptionalFields()
    {
        using var request = JsonlRequest.Parse("""{"id":"x-1","text":"Hé\n","language":"fr","path":"a.md"}""", JsonlFieldMap.Default, out var error);

        Assert.NotNull(request);
        Assert.Equal(string.Empty, error);
        Assert.Equal("\"x-1\"", request.RawId);
        Assert.Equal("Hé\n", request.Text);
        Assert.Equal("fr", request.Language);
        Assert.Equal("a.md", request.Path);
    }

    [Fact]
    public void Parse_NumericId_IsEchoedAsANumber()
    {
        using var request = JsonlRequest.Parse("""{"id":42,"text":""}""", JsonlFieldMap.Default, out _);

        Assert.Equal("42", request!.RawId);
        Assert.Null(request.Language);
        Assert.Null(request.Path);
    }

    [Theory]
    [InlineData("nope", "invalid JSON")]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("""{"text":"a"}""", "\"id\"")]
    [InlineData("""{"id":true,"text":"a"}""", "\"id\"")]
    [InlineData("""{"id":1}""", "\"text\"")]
    [InlineData("""{"id":1,"text":3}""", "\"text\"")]
    [InlineData("""{"id":1,"text":"a","path":5}""", "\"path\"")]
    public void Parse_Malformed_SaysWhy(string line, string expected)
    {
        Assert.Null(JsonlRequest.Parse(line, JsonlFieldMap.Default, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
