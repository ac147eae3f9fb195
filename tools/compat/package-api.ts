import ts from "typescript";
import { PACKAGE_LIB_ENTRIES } from "../gen/package";
import type { Bump } from "./versions";

/**
 * The package's public API as a consumer imports it: every entry point (`exports` of
 * generated/package.json), every name the root entry exports, and for each helper of
 * `lib/validation` its declaration (comments left out). Types and validators made from the
 * schemas count by name only: what they accept is the schema gate's to judge.
 */
export interface PackageApi {
  /** Export name, or `entry <subpath>`, -> declaration text ("" when only the name counts). */
  exports: Map<string, string>;
}

/** One change of the package's API and the version bump it needs. */
export interface ApiChange {
  name: string;
  change: "added" | "removed" | "changed";
  bump: Bump;
}

const printer = ts.createPrinter({ removeComments: true });

/** The package folders of lib/'s entries (tools/gen/package.ts PACKAGE_LIB_ENTRIES), whose declarations are API. */
const LIB_ENTRY_FOLDERS = Object.keys(PACKAGE_LIB_ENTRIES);

/** Exported declarations of one `.d.ts` text, by name, printed without comments. */
function declarations(file: string, text: string): Map<string, string> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = new Map<string, string>();
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (!exported) continue;
    const print = () =>
      printer.printNode(ts.EmitHint.Unspecified, statement, source).replace(/\s+/g, " ");
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations)
        if (ts.isIdentifier(d.name)) found.set(d.name.text, print());
    } else if (
      "name" in statement &&
      statement.name &&
      ts.isIdentifier(statement.name as ts.Node)
    ) {
      const name = (statement.name as ts.Identifier).text;
      // Overloads and merged declarations (a class and its namespace) print together.
      found.set(name, [found.get(name), print()].filter(Boolean).join(" "));
    }
  }
  return found;
}

/** `export { a, type B } from "./x.js"` lists of a `.d.ts`: exported name -> [module, local name]. */
function reexports(file: string, text: string): Map<string, [string, string]> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = new Map<string, [string, string]>();
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier) continue;
    if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    const from = (statement.moduleSpecifier as ts.StringLiteral).text;
    for (const e of statement.exportClause.elements)
      found.set(e.name.text, [from, (e.propertyName ?? e.name).text]);
  }
  return found;
}

/**
 * Reads the API from the package's files (generated/), given how to read one of them (from the
 * working tree, or from a commit). Undefined when there is no package there to compare with.
 *
 * @example packageApi((path) => readFileSync(join(repoRoot, "generated", path), "utf8"))
 */
export function packageApi(read: (path: string) => string | undefined): PackageApi | undefined {
  const manifest = read("package.json");
  const helpersIndex = read("validation/index.d.ts");
  if (manifest === undefined || helpersIndex === undefined) return undefined;
  const exports = new Map<string, string>();
  for (const entry of Object.keys((JSON.parse(manifest).exports ?? {}) as object))
    exports.set(`entry ${entry}`, "");
  for (const file of ["types.d.ts", "validators.d.cts"])
    for (const name of declarations(file, read(file) ?? "").keys()) exports.set(name, "");
  const modules = new Map<string, Map<string, string>>();
  // The lib/ entries' declarations (gen's PACKAGE_LIB_ENTRIES): what they declare and re-export.
  for (const folder of LIB_ENTRY_FOLDERS) {
    const index = `${folder}/index.d.ts`;
    const text = folder === "validation" ? helpersIndex : read(index);
    if (text === undefined) continue;
    for (const [name, declared] of declarations(index, text)) exports.set(name, declared);
    for (const [name, [from, local]] of reexports(index, text)) {
      const path = `${folder}/${from.replace(/^\.\//, "").replace(/\.js$/, ".d.ts")}`;
      if (!modules.has(path)) modules.set(path, declarations(path, read(path) ?? ""));
      exports.set(name, modules.get(path)?.get(local) ?? `(not found in ${path})`);
    }
  }
  return { exports };
}

/**
 * How the API changed from `base` to `head`: a new export or entry point is a minor version (no
 * consumer's code breaks), a removed one or a changed declaration a major one (code that used it
 * may no longer compile or run). Pure.
 *
 * @example diffPackageApi(base, head) // [{ name: "readSuccessTopicRecord", change: "added", bump: "minor" }]
 */
export function diffPackageApi(base: PackageApi, head: PackageApi): ApiChange[] {
  const changes: ApiChange[] = [];
  for (const [name, text] of head.exports) {
    const before = base.exports.get(name);
    if (before === undefined) changes.push({ name, change: "added", bump: "minor" });
    else if (before !== text) changes.push({ name, change: "changed", bump: "major" });
  }
  for (const name of base.exports.keys())
    if (!head.exports.has(name)) changes.push({ name, change: "removed", bump: "major" });
  return changes.sort((a, b) => a.name.localeCompare(b.name));
}
