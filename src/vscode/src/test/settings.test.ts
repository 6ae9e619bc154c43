import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { readSettings, toServerSettings } from "../settings";
import { describeStatus } from "../status";

test("settings default when unset", () => {
  assert.deepEqual(readSettings(() => undefined), { enable: true, rulesPaths: [], severityThreshold: "hint", documentDebounceMs: 150 });
});

test("settings are read and bad values dropped", () => {
  const values: Record<string, unknown> = { enable: false, rulesPaths: ["rules", 3, ""], severityThreshold: "loud", documentDebounceMs: -1 };
  assert.deepEqual(readSettings((k) => values[k]), { enable: false, rulesPaths: ["rules"], severityThreshold: "hint", documentDebounceMs: 150 });
  assert.equal(readSettings((k) => ({ documentDebounceMs: 0 } as Record<string, unknown>)[k]).documentDebounceMs, 0);
  assert.equal(readSettings((k) => ({ documentDebounceMs: 2.5 } as Record<string, unknown>)[k]).documentDebounceMs, 150);
});

test("settings travel to the server under docrules", () => {
  const settings = readSettings((k) => ({ severityThreshold: "warning" } as Record<string, unknown>)[k]);
  assert.deepEqual(toServerSettings(settings), { docrules: { enable: true, rulesPaths: [], severityThreshold: "warning", documentDebounceMs: 150 } });
});

test("status bar shows rule count, errors and the disabled state", () => {
  assert.match(describeStatus(undefined, true).text, /sync~spin/);
  assert.equal(describeStatus({ state: "ok", packs: 2, rules: 12, message: "" }, true).text, "$(check) DocRules: 12");
  const error = describeStatus({ state: "error", packs: 1, rules: 3, message: "1 rule pack error(s)" }, true);
  assert.equal(error.isError, true);
  assert.match(error.tooltip, /3 rules in 1 pack\. 1 rule pack error/);
  assert.match(describeStatus({ state: "ok", packs: 1, rules: 1, message: "" }, false).text, /circle-slash/);
});

test("package.json declares exactly the settings of docs/ide.md, with its defaults", () => {
  const extension = path.resolve(__dirname, "..", "..");
  const manifest = JSON.parse(fs.readFileSync(path.join(extension, "package.json"), "utf8"));
  const declared = manifest.contributes.configuration.properties as Record<string, { default: unknown; scope?: string }>;
  const doc = fs.readFileSync(path.join(extension, "..", "..", "docs", "ide.md"), "utf8");
  const section = doc.slice(doc.indexOf("## Settings"), doc.indexOf("\n## ", doc.indexOf("## Settings") + 1));
  const documented = new Map([...section.matchAll(/^\| `(docrules\.[A-Za-z]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2].trim()]));
  assert.deepEqual(Object.keys(declared).sort(), [...documented.keys()].sort());
  for (const [key, text] of documented) {
    const value = declared[key].default;
    const shown = text === "empty" ? "" : text === "`[]`" ? [] : text.replace(/`/g, "");
    assert.deepEqual(typeof value === "boolean" || typeof value === "number" ? String(value) : value, shown, key);
  }

  // Analysis settings may differ per folder; which program runs may not be chosen by a folder.
  for (const key of ["docrules.enable", "docrules.rulesPaths", "docrules.severityThreshold", "docrules.documentDebounceMs"]) {
    assert.equal(declared[key].scope, "resource", key);
  }
  for (const key of ["docrules.serverPath", "docrules.dotnetPath"]) {
    assert.equal(declared[key].scope, "machine-overridable", key);
  }
});
