import { strict as assert } from "node:assert";
import { test } from "node:test";
import { readSettings, toServerSettings } from "../settings";
import { describeStatus } from "../status";

test("settings default when unset", () => {
  assert.deepEqual(readSettings(() => undefined), { enable: true, rulesPaths: [], severityThreshold: "hint" });
});

test("settings are read and bad values dropped", () => {
  const values: Record<string, unknown> = { enable: false, rulesPaths: ["rules", 3, ""], severityThreshold: "loud" };
  assert.deepEqual(readSettings((k) => values[k]), { enable: false, rulesPaths: ["rules"], severityThreshold: "hint" });
});

test("settings travel to the server under docrules", () => {
  const settings = readSettings((k) => ({ severityThreshold: "warning" } as Record<string, unknown>)[k]);
  assert.deepEqual(toServerSettings(settings), { docrules: { enable: true, rulesPaths: [], severityThreshold: "warning" } });
});

test("status bar shows rule count, errors and the disabled state", () => {
  assert.match(describeStatus(undefined, true).text, /sync~spin/);
  assert.equal(describeStatus({ state: "ok", packs: 2, rules: 12, message: "" }, true).text, "$(check) DocRules: 12");
  const error = describeStatus({ state: "error", packs: 1, rules: 3, message: "1 rule pack error(s)" }, true);
  assert.equal(error.isError, true);
  assert.match(error.tooltip, /3 rules in 1 pack\. 1 rule pack error/);
  assert.match(describeStatus({ state: "ok", packs: 1, rules: 1, message: "" }, false).text, /circle-slash/);
});
