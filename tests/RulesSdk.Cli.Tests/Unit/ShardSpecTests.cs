using RulesSdk.Cli.Jsonl;

namespace RulesSdk.Cli.Tests.Unit;

public sealed class ShardSpecTests
{
    [Fact]
    public void Shards_TogetherTakeEveryLineExactlyOnce()
    {
        var shards = Enumerable.Range(1, 4).Select(k => new ShardSpec(k, 4)).ToList();

        for (var line = 1; line <= 40; line++)
        {
            Assert.Single(shards, s => s.Takes(line));
        }

        Assert.True(new ShardSpec(1, 4).Takes(1));
        Assert.True(new ShardSpec(1, 4).Takes(5));
        Assert.True(new ShardSpec(4, 4).Takes(8));
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/5", 2, 5)]
    [InlineData(null, 1, 1)]
    public void TryParse_Valid(string? text, int index, int count)
    {
        Assert.True(ShardSpec.TryParse(text, out var shard, out _));
        Assert.Equal(new ShardSpec(index, count), shard);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("1-3")]
    [InlineData("-1/3")]
    [InlineData("a/b")]
    public void TryParse_Invalid_SaysWhatIsExpected(string text)
    {
        Assert.False(ShardSpec.TryParse(text, out _, out var error));
        Assert.Contains("--shard", error, StringComparison.Ordinal);
    }
}
