/** The `docrules.*` settings the server reads (sent as initializationOptions and on every change). */
export interface DocRulesSettings {
  enable: boolean;
  rulesPaths: string[];
  severityThreshold: "error" | "warning" | "info" | "hint";
  documentDebounceMs: number;
}

const thresholds = new Set(["error", "warning", "info", "hint"]);

/** The server's default quiet time after an edit (docs/ide.md). */
export const defaultDocumentDebounceMs = 150;

/** Reads the settings from a getter like `workspace.getConfiguration("docrules").get`, with defaults for bad values. */
export function readSettings(get: (key: string) => unknown): DocRulesSettings {
  const enable = get("enable");
  const rulesPaths = get("rulesPaths");
  const threshold = get("severityThreshold");
  const debounce = get("documentDebounceMs");
  return {
    enable: typeof enable === "boolean" ? enable : true,
    rulesPaths: Array.isArray(rulesPaths) ? rulesPaths.filter((p): p is string => typeof p === "string" && p.length > 0) : [],
    severityThreshold: typeof threshold === "string" && thresholds.has(threshold) ? (threshold as DocRulesSettings["severityThreshold"]) : "hint",
    documentDebounceMs:
      typeof debounce === "number" && Number.isInteger(debounce) && debounce >= 0 && debounce <= 60000 ? debounce : defaultDocumentDebounceMs,
  };
}

/** The payload of initializationOptions and workspace/didChangeConfiguration: `{ docrules: { … } }`. */
export function toServerSettings(settings: DocRulesSettings): { docrules: DocRulesSettings } {
  return { docrules: settings };
}
