// The language server driven from Node with vscode-languageserver-protocol, the client library VS
// Code uses. Needs the built server: DOCRULES_SERVER_DLL, else the test host or the CLI built in
// Debug or Release (dotnet build RulesSdk.sln); skipped when none is found.
import { strict as assert } from "node:assert";
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import {
  CodeAction,
  createProtocolConnection,
  Diagnostic,
  ProtocolConnection,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node";

const repo = path.resolve(__dirname, "..", "..", "..", "..");

function findServer(): string | undefined {
  const candidates = [
    process.env.DOCRULES_SERVER_DLL,
    ...["Debug", "Release"].flatMap((c) => [
      path.join(repo, "tests", "RulesSdk.LanguageServer.TestHost", "bin", c, "net10.0", "RulesSdk.LanguageServer.TestHost.dll"),
      path.join(repo, "src", "RulesSdk.Cli", "bin", c, "net10.0", "docrules.dll"),
    ]),
  ];
  return candidates.find((c): c is string => !!c && fs.existsSync(c));
}

const rules = `pack test.npm "Persona leakage (test pack)"
language fr
help "https://example.org/rules/{id}.md"

rule TST0001 first-person-attribution
  title       "Named speaker written in the first person"
  description "A named speaker is written as the narrator outside quotation marks."
  scope       sentence outside quotes
  match       /\\bMoi,\\s+(?<speaker>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)+),\\s*(?<role>[^,]{1,80}),\\s*j[’']ai\\s+(?<adv>\\p{L}+ment\\s+)?(?<verb>plaidé|déclaré)/
  message     "{speaker} speaks in the first person outside quotation marks"
  fix         "Restore the third-person attribution" => "{speaker}, {role}, a {adv}{verb}"
  example     "Moi, Jens Stoltenberg, secrétaire général de l’OTAN, j’ai fortement plaidé pour l’aide."
           => "Jens Stoltenberg, secrétaire général de l’OTAN, a fortement plaidé pour l’aide."
end
`;

const article = `Titre

Moi, Jens Stoltenberg, secrétaire général de l’OTAN, j’ai fortement plaidé pour que les États membres agissent.

« J’ai fortement plaidé pour l’aide », a déclaré Jens Stoltenberg.
`;

const server = findServer();
let child: ChildProcess | undefined;
let connection: ProtocolConnection | undefined;
let folder = "";
const published: PublishDiagnosticsParams[] = [];
const waiters: Array<() => void> = [];

function waitForDiagnostics(predicate: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching publishDiagnostics; got ${JSON.stringify(published)}`)), 60_000);
    const check = (): boolean => {
      const index = published.findIndex(predicate);
      if (index < 0) {
        return false;
      }
      clearTimeout(timer);
      resolve(published.splice(index, 1)[0]);
      return true;
    };
    if (!check()) {
      waiters.push(() => {
        if (!check()) {
          waitForDiagnostics(predicate).then(resolve, reject);
        }
      });
    }
  });
}

function ours(p: PublishDiagnosticsParams): Diagnostic[] {
  return p.diagnostics.filter((d) => String(d.code).startsWith("TST"));
}

function applyEdit(text: string, edit: { range: Diagnostic["range"]; newText: string }): string {
  const lines = text.split("\n");
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}

before(async () => {
  if (!server) {
    return;
  }
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "docrules-npm-"));
  fs.mkdirSync(path.join(folder, "rules"));
  fs.writeFileSync(path.join(folder, "rules", "persona.rules"), rules);
  child = spawn("dotnet", [server, "lsp"], {
    env: { ...process.env, DOCRULES_CACHE: path.join(os.tmpdir(), "docrules-npm-cache") },
    stdio: ["pipe", "pipe", "ignore"],
  });
  connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
    published.push(p);
    waiters.splice(0).forEach((w) => w());
  });
  connection.listen();
});

after(() => {
  connection?.dispose();
  if (child && child.exitCode === null) {
    child.kill();
  }
  if (folder) {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test("a request before initialize is refused with ServerNotInitialized", { skip: !server && "build the server first" }, async () => {
  await assert.rejects(
    connection!.sendRequest("textDocument/hover", { textDocument: { uri: "file:///x.md" }, position: { line: 0, character: 0 } }),
    (error: { code?: number }) => error.code === -32002,
  );
});

test("diagnostics, quick fix, change, close, shutdown and exit", { skip: !server && "build the server first" }, async () => {
  const c = connection!;
  const rootUri = pathToFileURL(folder).href;
  const init = await c.sendRequest("initialize", {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: "test" }],
    capabilities: {},
    initializationOptions: { docrules: { rulesPaths: ["rules"] } },
  }) as { capabilities: { codeActionProvider: unknown; hoverProvider: boolean } };
  assert.equal(init.capabilities.hoverProvider, true);
  await c.sendNotification("initialized", {});

  const uri = pathToFileURL(path.join(folder, "article.md")).href;
  await c.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: article } });
  // Only the test pack's rules are asserted: with docrules.dll the built-in packs run too.
  const first = await waitForDiagnostics((p) => p.uri === uri && ours(p).length > 0);
  assert.deepEqual(ours(first).map((d) => d.code), ["TST0001"]);
  const diagnostic = ours(first)[0];
  assert.equal(diagnostic.source, "docrules");
  assert.equal(diagnostic.range.start.line, 2);
  assert.equal(diagnostic.codeDescription?.href, "https://example.org/rules/TST0001.md");

  const hover = await c.sendRequest("textDocument/hover", { textDocument: { uri }, position: diagnostic.range.start }) as { contents: { value: string } };
  assert.match(hover.contents.value, /Named speaker written in the first person/);

  const actions = await c.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as CodeAction[];
  const fix = actions.find((a) => a.isPreferred && a.title === "Restore the third-person attribution");
  assert.equal(fix?.title, "Restore the third-person attribution");
  assert.ok(actions.some((a) => a.title === "Suppress TST0001 on this line"));
  const edit = fix!.edit!.changes![uri][0];
  const fixed = applyEdit(article, edit);
  assert.match(fixed, /Jens Stoltenberg, secrétaire général de l’OTAN, a fortement plaidé pour que/);

  await c.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ range: edit.range, text: edit.newText }] });
  const second = await waitForDiagnostics((p) => p.uri === uri && p.version === 2);
  assert.deepEqual(ours(second), []);

  await c.sendNotification("textDocument/didChange", { textDocument: { uri, version: 3 }, contentChanges: [{ text: article }] });
  const third = await waitForDiagnostics((p) => p.uri === uri && p.version === 3);
  assert.equal(ours(third).length, 1);

  await c.sendNotification("textDocument/didClose", { textDocument: { uri } });
  const closed = await waitForDiagnostics((p) => p.uri === uri && p.version === undefined);
  assert.deepEqual(closed.diagnostics, []);

  assert.equal(await c.sendRequest("shutdown"), null);
  const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
  await c.sendNotification("exit");
  assert.equal(await exited, 0);
});
