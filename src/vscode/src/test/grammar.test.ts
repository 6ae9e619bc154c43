import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import * as oniguruma from "vscode-oniguruma";
import * as textmate from "vscode-textmate";

const root = path.join(__dirname, "..", "..");

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(path.join(root, "node_modules", "vscode-oniguruma", "release", "onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => {
      const file = path.join(root, "syntaxes", "docrules.tmLanguage.json");
      return textmate.parseRawGrammar(fs.readFileSync(file, "utf8"), file);
    },
  });
  const grammar = await registry.loadGrammar("source.docrules");
  assert.ok(grammar);
  return grammar;
}

/** Scopes of every token of each line, as "text: scope scope". */
async function tokenize(lines: string[]): Promise<Map<string, string[]>> {
  const grammar = await loadGrammar();
  const result = new Map<string, string[]>();
  let state = textmate.INITIAL;
  for (const line of lines) {
    const tokens = grammar.tokenizeLine(line, state);
    for (const token of tokens.tokens) {
      const text = line.slice(token.startIndex, token.endIndex);
      result.set(text, [...(result.get(text) ?? []), ...token.scopes]);
    }
    state = tokens.ruleStack;
  }
  return result;
}

function hasScope(tokens: Map<string, string[]>, text: string, scope: string): boolean {
  return (tokens.get(text) ?? []).some((s) => s.startsWith(scope));
}

test("grammar: keywords, ids, strings, regexes, captures, comments, lists", async () => {
  const tokens = await tokenize([
    'pack news.fr "Persona leakage" # the pack',
    "list reporting_verbs = \"plaidé\" \"déclaré\"",
    "rule PL0001 first-person-attribution",
    "  severity warning",
    "  scope    sentence outside quotes",
    "  match    /\\bMoi,\\s+(?<speaker>\\p{Lu}\\w+),\\s*j'ai (?<verb>@reporting_verbs)/i",
    '  fix      "Restore" => "{speaker}, a {third_person(verb)}"',
    "  match    tokens who=Cap skip(0..3) @lead_in",
    "end",
  ]);
  assert.ok(hasScope(tokens, "pack", "keyword.control"), "pack keyword");
  assert.ok(hasScope(tokens, "news.fr", "entity.name.namespace"), "pack id");
  assert.ok(hasScope(tokens, "# the pack", "comment.line"), "comment");
  assert.ok(hasScope(tokens, "PL0001", "entity.name.type.rule-id"), "rule id");
  assert.ok(hasScope(tokens, "first-person-attribution", "entity.name.function"), "rule name");
  assert.ok(hasScope(tokens, "warning", "constant.language.severity"), "severity");
  assert.ok(hasScope(tokens, "outside", "support.constant.scope"), "scope filter");
  assert.ok(hasScope(tokens, "speaker", "variable.other.capture"), "named capture");
  assert.ok(hasScope(tokens, "@reporting_verbs", "variable.other.list"), "list in regex");
  assert.ok(hasScope(tokens, "i", "keyword.other.regex-flags"), "regex flags");
  assert.ok(hasScope(tokens, "=>", "keyword.operator.arrow"), "arrow");
  assert.ok(hasScope(tokens, "verb", "variable.other.capture"), "capture inside template function");
  assert.ok(hasScope(tokens, "who", "variable.other.capture"), "token capture");
  assert.ok(hasScope(tokens, "@lead_in", "variable.other.list"), "list reference");
  assert.ok(hasScope(tokens, "end", "keyword.control"), "end");
  assert.ok([...tokens.entries()].some(([t, s]) => t.includes("plaidé") && s.some((x) => x.startsWith("string.quoted.double"))), "string");
});

test("grammar: a # inside a string is not a comment; raw strings span lines", async () => {
  const tokens = await tokenize(['  message "issue #12"', '  example """', "# not a comment", '"""']);
  assert.ok(!hasScope(tokens, "# not a comment", "comment"), "raw string content");
  assert.ok(hasScope(tokens, "# not a comment", "string.quoted.triple"), "raw string scope");
  assert.ok([...tokens.entries()].every(([t, s]) => !(t.includes("#12") && s.some((x) => x.startsWith("comment")))));
});
