using System;
using System.Collections.Generic;
using System.Threading;

namespace RulesSdk.Roslyn.Engine;

/// <summary>
/// The engine processes of this compiler process, one per <see cref="EngineKey"/>, kept between compilations
/// (the compiler server and the IDE compile often) and shut down after a few idle minutes.
/// </summary>
internal static class EnginePool
{
    private static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(3);
    private static readonly Dictionary<EngineKey, EngineProcess> Engines = new();
    private static Timer? s_sweeper;

    public static EngineProcess Get(EngineKey key)
    {
        EngineProcess? retired = null;
        EngineProcess engine;
        lock (Engines)
        {
            if (Engines.TryGetValue(key, out var existing) && existing.IsUsable)
            {
                return existing;
            }

            retired = existing;
            engine = EngineProcess.Start(key);
            Engines[key] = engine;
            s_sweeper ??= new Timer(_ => Sweep(), null, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
        }

        retired?.Dispose();
        return engine;
    }

    private static void Sweep()
    {
        var idle = new List<EngineProcess>();
        lock (Engines)
        {
            foreach (var pair in new List<KeyValuePair<EngineKey, EngineProcess>>(Engines))
            {
                if (!pair.Value.IsUsable || DateTime.UtcNow - pair.Value.LastUsed > IdleLimit)
                {
                    idle.Add(pair.Value);
                    Engines.Remove(pair.Key);
                }
            }
        }

        foreach (var engine in idle)
        {
            engine.Dispose();
        }
    }
}
