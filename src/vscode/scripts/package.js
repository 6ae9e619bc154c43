// npm run package [-- --target linux-x64]: publishes the server (`docrules`, framework-dependent:
// the .NET 10 runtime is enough) for the target's runtime identifier into server/, records the
// target in server/target.json, then runs `vsce package --target` to produce docrules-<target>.vsix.
// `--bundle-only` stops after the publish. Without --target: this machine's platform.
"use strict";

const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { targets, currentTarget } = require("./targets");

const extension = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const targetIndex = args.indexOf("--target");
const target = targetIndex >= 0 ? args[targetIndex + 1] : currentTarget();
if (!target || !targets[target]) {
  fail(`unknown target '${target}'; one of: ${Object.keys(targets).join(", ")}`);
}

const rid = targets[target];
const server = path.join(extension, "server");
fs.rmSync(server, { recursive: true, force: true });
run("dotnet", ["publish", path.join(extension, "..", "RulesSdk.Cli", "RulesSdk.Cli.csproj"), "-c", "Release", "-r", rid, "--self-contained", "false", "-o", server]);
if (!fs.existsSync(path.join(server, "docrules.dll"))) {
  fail(`dotnet publish wrote no server/docrules.dll for ${rid}`);
}

fs.writeFileSync(path.join(server, "target.json"), JSON.stringify({ target, rid }) + "\n");
if (!args.includes("--bundle-only")) {
  process.env.DOCRULES_VSIX_TARGET = target;
  run(process.platform === "win32" ? "npx.cmd" : "npx", ["vsce", "package", "--target", target, "-o", `docrules-${target}.vsix`]);
}

function run(command, commandArgs) {
  console.log(`> ${command} ${commandArgs.join(" ")}`);
  const result = spawnSync(command, commandArgs, { cwd: extension, stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    fail(`${command} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
}

function fail(message) {
  console.error(`docrules package: ${message}`);
  process.exit(1);
}
