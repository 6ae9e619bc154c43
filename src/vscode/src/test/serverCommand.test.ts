import { strict as assert } from "node:assert";
import * as path from "node:path";
import { test } from "node:test";
import { bundledServerDll, resolveServerCommand } from "../serverCommand";

const ext = path.join("/ext", "docrules");

test("no server path runs the bundled docrules.dll with dotnet", () => {
  assert.deepEqual(resolveServerCommand({}, ext), { command: "dotnet", args: [bundledServerDll(ext), "lsp"] });
  assert.equal(bundledServerDll(ext), path.join(ext, "server", "docrules.dll"));
});

test("a .dll server path runs with the configured dotnet", () => {
  assert.deepEqual(resolveServerCommand({ serverPath: "/opt/docrules/docrules.dll", dotnetPath: "/usr/bin/dotnet" }, ext), {
    command: "/usr/bin/dotnet",
    args: ["/opt/docrules/docrules.dll", "lsp"],
  });
});

test("an executable server path runs directly with lsp", () => {
  assert.deepEqual(resolveServerCommand({ serverPath: "  /usr/local/bin/docrules  " }, ext), { command: "/usr/local/bin/docrules", args: ["lsp"] });
});

test("a blank dotnet path falls back to dotnet", () => {
  assert.equal(resolveServerCommand({ serverPath: "x.DLL", dotnetPath: " " }, ext).command, "dotnet");
});
