import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";
import { resolveServerCommand } from "./serverCommand";
import { readSettings, toServerSettings } from "./settings";
import { describeStatus, ServerStatus } from "./status";

let client: LanguageClient | undefined;
let statusItem: vscode.StatusBarItem | undefined;
let lastStatus: ServerStatus | undefined;

interface RuleSummary {
  id: string;
  title: string;
  pack: string;
  severity: string;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  statusItem = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  statusItem.command = "docrules.showRuleDocumentation";
  context.subscriptions.push(statusItem);
  updateStatus();
  statusItem.show();

  context.subscriptions.push(
    vscode.commands.registerCommand("docrules.fixAllInDocument", fixAllInDocument),
    vscode.commands.registerCommand("docrules.showRuleDocumentation", showRuleDocumentation),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration("docrules.serverPath") || e.affectsConfiguration("docrules.dotnetPath")) {
        await restart(context);
      } else if (e.affectsConfiguration("docrules")) {
        updateStatus();
        await client?.sendNotification("workspace/didChangeConfiguration", { settings: currentSettings() });
      }
    }),
  );

  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function currentSettings(): ReturnType<typeof toServerSettings> {
  const configuration = vscode.workspace.getConfiguration("docrules");
  return toServerSettings(readSettings((key) => configuration.get(key)));
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const configuration = vscode.workspace.getConfiguration("docrules");
  const { command, args } = resolveServerCommand(
    { serverPath: configuration.get<string>("serverPath"), dotnetPath: configuration.get<string>("dotnetPath") },
    context.extensionPath,
  );
  const serverOptions: ServerOptions = { command, args, transport: TransportKind.stdio };
  // Per-folder values reach the server through workspace/configuration, which the client answers
  // with each folder's resource-scoped settings; the server registers its own file watchers
  // (rule files, .docrules.json, and the lists its packs read).
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: "markdown" },
      { language: "plaintext" },
      { language: "docrules" },
      { scheme: "file", pattern: "**/.docrules.json" },
    ],
    initializationOptions: currentSettings(),
  };

  client = new LanguageClient("docrules", "DocRules", serverOptions, clientOptions);
  client.onNotification("docrules/status", (status: ServerStatus) => {
    lastStatus = status;
    updateStatus();
  });
  try {
    await client.start();
  } catch (error) {
    lastStatus = { state: "error", packs: 0, rules: 0, message: `the server did not start (${command} ${args.join(" ")})` };
    updateStatus();
    void vscode.window.showErrorMessage(`DocRules: could not start the language server with '${command} ${args.join(" ")}': ${String(error)}. Set docrules.serverPath.`);
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await client?.stop();
  client = undefined;
  lastStatus = undefined;
  updateStatus();
  await start(context);
}

function updateStatus(): void {
  if (!statusItem) {
    return;
  }

  const enabled = vscode.workspace.getConfiguration("docrules").get<boolean>("enable", true);
  const view = describeStatus(lastStatus, enabled);
  statusItem.text = view.text;
  statusItem.tooltip = view.tooltip;
  statusItem.backgroundColor = view.isError ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
}

/** Applies the server's source.fixAll.docrules action to the active document. */
async function fixAllInDocument(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return;
  }

  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    "vscode.executeCodeActionProvider",
    editor.document.uri,
    new vscode.Range(0, 0, 0, 0),
    "source.fixAll.docrules",
  );
  const fixAll = actions?.find((a) => a.kind?.value === "source.fixAll.docrules");
  if (!fixAll?.edit) {
    void vscode.window.showInformationMessage("DocRules: nothing to fix in this document.");
    return;
  }

  await vscode.workspace.applyEdit(fixAll.edit);
}

/** Picks a rule (the one under the cursor first) and shows its documentation page. */
async function showRuleDocumentation(): Promise<void> {
  if (!client) {
    return;
  }

  const rules = await client.sendRequest<RuleSummary[]>("docrules/rules");
  const editor = vscode.window.activeTextEditor;
  const underCursor = editor
    ? vscode.languages
        .getDiagnostics(editor.document.uri)
        .find((d) => d.source === "docrules" && d.range.contains(editor.selection.active))
    : undefined;
  const cursorId = typeof underCursor?.code === "object" ? String(underCursor.code.value) : underCursor?.code?.toString();
  const items = rules.map((r) => ({ label: r.id, description: r.title, detail: `${r.pack} · ${r.severity}` }));
  items.sort((a, b) => (a.label === cursorId ? -1 : b.label === cursorId ? 1 : a.label.localeCompare(b.label)));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: "Rule to document", matchOnDescription: true });
  if (!picked) {
    return;
  }

  const page = await client.sendRequest<{ id: string; markdown: string } | null>("docrules/ruleDocumentation", { id: picked.label });
  if (!page) {
    void vscode.window.showWarningMessage(`DocRules: no documentation for ${picked.label}.`);
    return;
  }

  const document = await vscode.workspace.openTextDocument({ language: "markdown", content: page.markdown });
  await vscode.commands.executeCommand("markdown.showPreview", document.uri);
}
