using System.Text.Json;

namespace RulesSdk.LanguageServer.Server;

/// <summary>What the client said it supports in <c>initialize</c>, as far as the server's choices depend on it.</summary>
internal sealed record ClientFeatures(
    bool PullDiagnostics,
    bool DiagnosticRefresh,
    bool CodeActionResolvesEdits,
    bool WatchedFilesRegistration,
    bool ApplyEdit,
    bool Configuration)
{
    public static ClientFeatures None { get; } = new(false, false, false, false, false, false);

    public static ClientFeatures Read(JsonElement? capabilities)
    {
        if (capabilities is not { ValueKind: JsonValueKind.Object } root)
        {
            return None;
        }

        var resolveProperties = Find(root, "textDocument", "codeAction", "resolveSupport", "properties");
        return new ClientFeatures(
            PullDiagnostics: Find(root, "textDocument", "diagnostic") is { ValueKind: JsonValueKind.Object },
            DiagnosticRefresh: IsTrue(Find(root, "workspace", "diagnostics", "refreshSupport")),
            CodeActionResolvesEdits: resolveProperties is { ValueKind: JsonValueKind.Array } properties &&
                properties.EnumerateArray().Any(p => p.ValueKind == JsonValueKind.String && p.GetString() == "edit"),
            WatchedFilesRegistration: IsTrue(Find(root, "workspace", "didChangeWatchedFiles", "dynamicRegistration")),
            ApplyEdit: IsTrue(Find(root, "workspace", "applyEdit")),
            Configuration: IsTrue(Find(root, "workspace", "configuration")));
    }

    private static JsonElement? Find(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    private static bool IsTrue(JsonElement? element) => element is { ValueKind: JsonValueKind.True };
}
