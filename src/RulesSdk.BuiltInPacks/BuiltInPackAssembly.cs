using System.Reflection;

namespace RulesSdk.Precompiled;

/// <summary>
/// The assembly that holds the built-in packs, precompiled (see the project file). Load a pack with
/// <c>RulePack.FromPrecompiled(BuiltInPackAssembly.Assembly, sources)</c>: it returns the pack when
/// the sources are the ones it was built from.
/// </summary>
public static class BuiltInPackAssembly
{
    public static Assembly Assembly => typeof(BuiltInPackAssembly).Assembly;
}
