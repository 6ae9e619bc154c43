// Runs before `vsce package` (vscode:prepublish): a .vsix without its server would install and do
// nothing, so packaging stops here unless server/ holds a server published by `npm run package`,
// for the target `npm run package` is packaging (DOCRULES_VSIX_TARGET, which it sets).
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const server = path.resolve(__dirname, "..", "server");
const problems = [];
if (!fs.existsSync(path.join(server, "docrules.dll"))) {
  problems.push("server/docrules.dll is missing");
}

let published;
try {
  published = JSON.parse(fs.readFileSync(path.join(server, "target.json"), "utf8"));
} catch {
  problems.push("server/target.json is missing (the server was not published by `npm run package`)");
}

const wanted = process.env.DOCRULES_VSIX_TARGET;
if (published && wanted && published.target !== wanted) {
  problems.push(`server/ holds the server for ${published.target}, not ${wanted}`);
}

if (problems.length > 0) {
  console.error(`docrules: cannot package the extension: ${problems.join("; ")}.`);
  console.error("Run `npm run package -- --target <target>` (e.g. linux-x64), which publishes the server first.");
  process.exit(1);
}
