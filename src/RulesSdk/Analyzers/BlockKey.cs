using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Analyzers;

/// <summary>One block's lines and cache key.</summary>
internal readonly record struct BlockKey(int FirstLine, int LastLine, TextSpan Lines, bool Cacheable);
