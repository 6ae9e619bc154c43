using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Workspaces;

namespace RulesSdk.CodeFixes;

/// <summary>Finds the fixes every provider offers for a diagnostic; the safe fix comes first.</summary>
public sealed class CodeFixService
{
    private readonly ImmutableDictionary<string, ImmutableArray<CodeFixProvider>> _providersById;

    public CodeFixService(IEnumerable<CodeFixProvider> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        Providers = [.. providers];
        _providersById = Providers
            .SelectMany(p => p.FixableDiagnosticIds.Select(id => (id, p)))
            .GroupBy(x => x.id, StringComparer.OrdinalIgnoreCase)
            .ToImmutableDictionary(g => g.Key, g => g.Select(x => x.p).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    public ImmutableArray<CodeFixProvider> Providers { get; }

    public bool HasFixes(string diagnosticId) => _providersById.ContainsKey(diagnosticId);

    /// <summary>Fixes for <paramref name="diagnostic"/>; a provider that throws offers nothing and is named in <paramref name="failures"/>.</summary>
    public async Task<ImmutableArray<CodeFix>> GetFixesAsync(
        TextDocument document,
        Diagnostic diagnostic,
        List<string>? failures = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (!_providersById.TryGetValue(diagnostic.Id, out var providers))
        {
            return [];
        }

        var fixes = ImmutableArray.CreateBuilder<CodeFix>();
        foreach (var provider in providers)
        {
            var context = new CodeFixContext(document, diagnostic, cancellationToken);
            try
            {
                await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                failures?.Add($"{provider} threw {ex.GetType().Name} for {diagnostic.Id}: {ex.Message}");
                continue;
            }

            fixes.AddRange(context.Fixes);
        }

        // The safe fix leads; only the first provider's safe fix counts as the diagnostic's safe fix.
        var safe = fixes.FirstOrDefault(f => f.IsSafe);
        var ordered = ImmutableArray.CreateBuilder<CodeFix>(fixes.Count);
        if (safe is not null)
        {
            ordered.Add(safe);
        }

        ordered.AddRange(fixes.Where(f => !ReferenceEquals(f, safe)).Select(f => f.IsSafe ? f with { IsSafe = false } : f));
        return ordered.ToImmutable();
    }
}
