using RulesSdk.Text;

namespace RulesSdk.Analyzers;

/// <summary>One block's lines and cache key.</summary>
internal readonly record struct BlockKey(int FirstLine, int LastLine, TextSpan Lines, bool Cacheable);
