// VS Code platform targets (`vsce package --target`) and the .NET runtime identifiers the server
// is published for, one platform-specific .vsix each.
"use strict";

const targets = {
  "win32-x64": "win-x64",
  "win32-arm64": "win-arm64",
  "linux-x64": "linux-x64",
  "linux-arm64": "linux-arm64",
  "linux-armhf": "linux-arm",
  "alpine-x64": "linux-musl-x64",
  "alpine-arm64": "linux-musl-arm64",
  "darwin-x64": "osx-x64",
  "darwin-arm64": "osx-arm64",
};

/** The VS Code target of this machine (process.platform/arch), or undefined. */
function currentTarget() {
  const arch = process.arch === "arm" ? "armhf" : process.arch;
  const name = `${process.platform}-${arch}`;
  return Object.prototype.hasOwnProperty.call(targets, name) ? name : undefined;
}

module.exports = { targets, currentTarget };
