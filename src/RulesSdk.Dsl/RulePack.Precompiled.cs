using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using RulesSdk.Dsl.Binding;
using RulesSdk.Dsl.Emit;

namespace RulesSdk.Dsl;

// Packs compiled ahead of time: the generated C# built into an ordinary assembly by the .NET SDK
// (regex source generator and ReadyToRun included), with a manifest resource per pack.
public sealed partial class RulePack
{
    /// <summary>The prefix of the manifest resources a precompiled pack assembly embeds (one per pack).</summary>
    public const string PrecompiledResourcePrefix = "docrules-pack/";

    /// <summary>
    /// Compiles <paramref name="sources"/> (running their examples) and returns what a build needs to
    /// precompile the pack into an assembly: the C# (regexes as <c>[GeneratedRegex]</c> methods) and a
    /// manifest to embed under <see cref="PrecompiledPackSource.ManifestResourceName"/>.
    /// <see cref="FromPrecompiled"/> loads it back. Never throws for a bad pack: see the diagnostics.
    /// </summary>
    public static PrecompiledPackSource Precompile(IEnumerable<RuleSource> sources, RulePackOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        options ??= RulePackOptions.Default;
        var sourceList = sources.ToList();
        BoundPack? bound = null;
        List<(string Path, string Text)>? inputs = null;
        var compilation = Compile(
            sourceList,
            // The examples run on constructed regexes (a faster compile, the same matches); the
            // emitted C# below leaves the regexes to the generator of the build that compiles it.
            options with { UseCache = false, UseRegexGenerator = false },
            onCompiled: (b, i) => (bound, inputs) = (b, i));
        if (!compilation.Success || bound is null || inputs is null)
        {
            return new PrecompiledPackSource(null, ImmutableDictionary<string, string>.Empty, string.Empty, string.Empty, compilation.Diagnostics);
        }

        var key = PrecompiledKey(sourceList, options);
        var manifest = ManifestOf(bound, key, inputs, sourceList);
        var generated = RuleEmitter.Emit(bound, options.RegexTimeout, generateRegexes: true);
        return new PrecompiledPackSource(bound.Id, generated, PrecompiledResourcePrefix + key + ".json", manifest.ToJson(), compilation.Diagnostics);
    }

    /// <summary>
    /// The pack precompiled into <paramref name="assembly"/> from exactly these sources (same paths and
    /// text, imports and list files unchanged), or null when the assembly holds none for them, e.g. the
    /// rule files were edited after it was built: compile them with <see cref="Compile(IEnumerable{RuleSource}, RulePackOptions?)"/> then.
    /// </summary>
    public static RulePack? FromPrecompiled(Assembly assembly, IEnumerable<RuleSource> sources, RulePackOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(sources);
        options ??= RulePackOptions.Default;
        var readFile = options.ReadFile ?? (p => File.Exists(p) ? File.ReadAllText(p) : null);
        var name = PrecompiledResourcePrefix + PrecompiledKey([.. sources], options) + ".json";
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        if (PackManifest.FromJson(reader.ReadToEnd()) is not { } manifest || !manifest.DependenciesUnchanged(readFile))
        {
            return null;
        }

        try
        {
            return Create((manifest.Id, manifest.Title, manifest.Language, manifest.SourcePaths), manifest.Rules, assembly, ImmutableDictionary<string, string>.Empty, context: null, fromCache: false);
        }
        catch (Exception ex) when (IsStaleImage(ex))
        {
            return null;
        }
    }

    // Sources and settings only: the assembly was built against the SDK it ships with.
    private static string PrecompiledKey(List<RuleSource> sources, RulePackOptions options) =>
        PackCache.PrecompiledKey(sources.Select(s => (s.Path, s.Text)), ((int)options.RegexTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
}
