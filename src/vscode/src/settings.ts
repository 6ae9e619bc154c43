/** The `docrules.*` settings the server reads (sent as initializationOptions and on every change). */
export interface DocRulesSettings {
  enable: boolean;
  rulesPaths: string[];
  severityThreshold: "error" | "warning" | "info" | "hint";
}

const thresholds = new Set(["error", "warning", "info", "hint"]);

/** Reads the settings from a getter like `workspace.getConfiguration("docrules").get`, with defaults for bad values. */
export function readSettings(get: (key: string) => unknown): DocRulesSettings {
  const enable = get("enable");
  const rulesPaths = get("rulesPaths");
  const threshold = get("severityThreshold");
  return {
    enable: typeof enable === "boolean" ? enable : true,
    rulesPaths: Array.isArray(rulesPaths) ? rulesPaths.filter((p): p is string => typeof p === "string" && p.length > 0) : [],
    severityThreshold: typeof threshold === "string" && thresholds.has(threshold) ? (threshold as DocRulesSettings["severityThreshold"]) : "hint",
  };
}

/** The payload of initializationOptions and workspace/didChangeConfiguration: `{ docrules: { … } }`. */
export function toServerSettings(settings: DocRulesSettings): { docrules: DocRulesSettings } {
  return { docrules: settings };
}
