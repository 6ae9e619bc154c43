// Points `require("vscode")` and `require("vscode-languageclient/node")` at the fakes, so the
// extension's activate() runs in plain Node. Import this before the extension.
import * as path from "node:path";
import Module from "node:module";

const fakes: Record<string, string> = {
  vscode: path.join(__dirname, "vscode.js"),
  "vscode-languageclient/node": path.join(__dirname, "languageclient.js"),
};

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleWithResolve = Module as unknown as { _resolveFilename: Resolve };
const resolve = moduleWithResolve._resolveFilename;
moduleWithResolve._resolveFilename = function (request: string, ...rest: unknown[]): string {
  return fakes[request] ?? resolve.call(this, request, ...rest);
};
