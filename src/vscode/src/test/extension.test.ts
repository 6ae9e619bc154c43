// activate() with fakes of `vscode` and `vscode-languageclient/node` (see src/test-fakes): how the
// extension starts the server, what settings it sends, what the status bar shows, and what
// happens when the server cannot start. No VS Code is downloaded.
import "../test-fakes/install";
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { beforeEach, test } from "node:test";
import { activate, deactivate } from "../extension";
import { LanguageClient } from "../test-fakes/languageclient";
import { fake } from "../test-fakes/vscode";

const extensionPath = path.join("/ext", "docrules");
const context = () => ({ extensionPath, subscriptions: [] as { dispose(): void }[] });

beforeEach(async () => {
  await deactivate();
  fake.reset();
  LanguageClient.instances.length = 0;
  LanguageClient.startError = undefined;
});

test("activation starts the bundled server with the settings and registers the commands", async () => {
  fake.configuration.set("docrules.documentDebounceMs", 40);
  fake.configuration.set("docrules.rulesPaths", ["packs"]);
  await activate(context() as never);

  const client = LanguageClient.instances[0];
  assert.equal(LanguageClient.instances.length, 1);
  assert.ok(client.started);
  assert.deepEqual(client.serverOptions.command, "dotnet");
  assert.deepEqual(client.serverOptions.args, [path.join(extensionPath, "server", "docrules.dll"), "lsp"]);
  assert.deepEqual(client.clientOptions.initializationOptions, {
    docrules: { enable: true, rulesPaths: ["packs"], severityThreshold: "hint", documentDebounceMs: 40 },
  });
  assert.deepEqual(client.clientOptions.documentSelector, [
    { language: "markdown" },
    { language: "plaintext" },
    { language: "docrules" },
    { scheme: "file", pattern: "**/.docrules.json" },
  ]);
  assert.deepEqual([...fake.commands.keys()].sort(), ["docrules.fixAllInDocument", "docrules.showRuleDocumentation"]);
});

test("the status bar follows the server's docrules/status notifications", async () => {
  await activate(context() as never);
  const item = fake.statusItems[0];
  assert.ok(item.visible);
  assert.match(item.text, /sync~spin/);

  LanguageClient.instances[0].receive("docrules/status", { state: "ok", packs: 2, rules: 14, message: "" });
  assert.equal(item.text, "$(check) DocRules: 14");
  assert.equal(item.backgroundColor, undefined);

  LanguageClient.instances[0].receive("docrules/status", { state: "error", packs: 2, rules: 12, message: "1 rule pack error(s)" });
  assert.equal(item.text, "$(warning) DocRules: 12");
  assert.equal((item.backgroundColor as { id: string } | undefined)?.id, "statusBarItem.warningBackground");

  await fake.change({ "docrules.enable": false });
  assert.match(item.text, /circle-slash/);
});

test("a changed setting is sent to the server; a changed server path restarts it", async () => {
  await activate(context() as never);
  const first = LanguageClient.instances[0];
  await fake.change({ "docrules.severityThreshold": "warning", "docrules.documentDebounceMs": 0 });
  assert.deepEqual(first.sent, [
    {
      method: "workspace/didChangeConfiguration",
      params: { settings: { docrules: { enable: true, rulesPaths: [], severityThreshold: "warning", documentDebounceMs: 0 } } },
    },
  ]);

  await fake.change({ "docrules.serverPath": "/opt/docrules/docrules" });
  assert.ok(first.stopped);
  const second = LanguageClient.instances[1];
  assert.ok(second.started);
  assert.equal(second.serverOptions.command, "/opt/docrules/docrules");
  assert.deepEqual(second.serverOptions.args, ["lsp"]);
});

test("a server that does not start: an error message naming the command, and the status says so", async () => {
  LanguageClient.startError = new Error("spawn dotnet ENOENT");
  fake.configuration.set("docrules.dotnetPath", "/no/dotnet");
  await activate(context() as never);
  const error = fake.messages.find((m) => m.level === "error");
  assert.ok(error);
  assert.match(error.text, /\/no\/dotnet .*docrules\.dll lsp/);
  assert.match(error.text, /ENOENT/);
  assert.match(error.text, /docrules\.serverPath/);
  assert.match(fake.statusItems[0].text, /warning/);
  assert.match(fake.statusItems[0].tooltip ?? "", /did not start/);
});
