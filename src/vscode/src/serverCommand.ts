import * as path from "path";

/** The settings that decide how the language server is started. */
export interface ServerSettings {
  /** `docrules.serverPath`: a docrules executable, a .dll, or empty for the bundled server. */
  serverPath?: string;
  /** `docrules.dotnetPath`: the dotnet executable that runs a .dll. */
  dotnetPath?: string;
}

export interface ServerCommand {
  command: string;
  args: string[];
}

/** The bundled server: `server/docrules.dll` inside the extension. */
export function bundledServerDll(extensionPath: string): string {
  return path.join(extensionPath, "server", "docrules.dll");
}

/**
 * How to start the server: a `.dll` runs with dotnet (`dotnet docrules.dll lsp`), anything else is
 * an executable (`docrules lsp`); no path means the bundled `docrules.dll`.
 */
export function resolveServerCommand(settings: ServerSettings, extensionPath: string): ServerCommand {
  const dotnet = settings.dotnetPath?.trim() || "dotnet";
  const configured = settings.serverPath?.trim() ?? "";
  if (configured.length === 0) {
    return { command: dotnet, args: [bundledServerDll(extensionPath), "lsp"] };
  }

  const resolved = expandHome(configured);
  if (resolved.toLowerCase().endsWith(".dll")) {
    return { command: dotnet, args: [resolved, "lsp"] };
  }

  return { command: resolved, args: ["lsp"] };
}

function expandHome(p: string): string {
  const home = process.env.HOME ?? process.env.USERPROFILE;
  return p.startsWith("~/") && home ? path.join(home, p.slice(2)) : p;
}
