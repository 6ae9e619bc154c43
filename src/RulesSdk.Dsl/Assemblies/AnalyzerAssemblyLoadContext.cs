using System.Reflection;
using System.Runtime.Loader;

namespace RulesSdk.Dsl.Assemblies;

/// <summary>
/// A collectible load context for one analyzer assembly. The SDK's own assemblies (RulesSdk*) and
/// the framework always come from the host, so an analyzer's <c>DocumentAnalyzer</c> is the host's
/// type even when a copy of RulesSdk.dll sits beside it; its other dependencies load from its folder.
/// </summary>
internal sealed class AnalyzerAssemblyLoadContext(string mainAssemblyPath)
    : AssemblyLoadContext("docrules-analyzers-" + Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: true)
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name ?? string.Empty;
        if (name.StartsWith("RulesSdk", StringComparison.Ordinal) || IsInDefaultContext(name))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        if (path is null)
        {
            return null;
        }

        // Read into memory: the file stays free for the next build (an editor rebuilds while loaded).
        using var stream = new MemoryStream(File.ReadAllBytes(path));
        return LoadFromStream(stream);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    private static bool IsInDefaultContext(string name)
    {
        foreach (var assembly in Default.Assemblies)
        {
            if (string.Equals(assembly.GetName().Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
