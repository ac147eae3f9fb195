// Reads the repository's hand-written sources as TypeScript syntax, to find where a fact is written
// as code (comments and prose inside longer strings are not code) and what a module imports.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { repoRoot } from "../../support/paths";

const SOURCE = /\.(ts|mts|cts|js|mjs|cjs)$/;

/**
 * The hand-written sources: every TypeScript or JavaScript file git tracks (or would track), outside
 * tests/, docs/ and generated/, relative to the repository root.
 *
 * @example handWrittenSources().includes("topology/build.ts") // true
 */
export function handWrittenSources(): string[] {
  return execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: repoRoot,
    encoding: "utf8",
  })
    .split("\n")
    .filter((file) => SOURCE.test(file) && !/^(tests|docs|generated)\//.test(file))
    .filter((file) => existsSync(join(repoRoot, file)));
}

/** One place a fact is written. */
export interface Copy {
  file: string;
  line: number;
  /** What was found there, as the source spells it. */
  text: string;
}

/** A setting's default, and the names it may be written beside. */
export interface DefaultFact {
  names: readonly string[];
  value: number | readonly string[];
}

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
}

function place(source: ts.SourceFile, node: ts.Node): Omit<Copy, "file"> {
  return {
    line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
    text: node.getText(source).slice(0, 80),
  };
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/**
 * Where `text` writes one of `names` as code: a string literal spelled exactly as the name, or an
 * identifier or property name. Comments and longer strings that mention the name are prose.
 *
 * @example namesWritten("a.ts", 'env.MAX_LINE_ITEMS; // MAX_BODY_BYTES', ["MAX_LINE_ITEMS", "MAX_BODY_BYTES"]) // one copy, line 1
 */
export function namesWritten(file: string, text: string, names: readonly string[]): Copy[] {
  const wanted = new Set(names.filter((name) => text.includes(name)));
  if (wanted.size === 0) return []; // parsing is what costs: most files name none
  const source = parse(file, text);
  const copies: Copy[] = [];
  walk(source, (node) => {
    if ((ts.isStringLiteralLike(node) || ts.isIdentifier(node)) && wanted.has(node.text)) {
      copies.push({ file, ...place(source, node) });
    }
  });
  return copies;
}

function nameOf(node: ts.Node): string | undefined {
  const name = (node as { name?: ts.Node }).name;
  if (name === undefined) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) {
    return name.expression.text;
  }
  return undefined;
}

function initializerOf(node: ts.Node): ts.Expression | undefined {
  if (ts.isPropertyAssignment(node)) return node.initializer;
  if (ts.isShorthandPropertyAssignment(node)) return node.objectAssignmentInitializer;
  if (
    ts.isVariableDeclaration(node) ||
    ts.isParameter(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isBindingElement(node)
  ) {
    return node.initializer;
  }
  return undefined;
}

function unwrapped(node: ts.Expression): ts.Expression {
  let e = node;
  while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e)) {
    e = e.expression;
  }
  if (ts.isCallExpression(e) && e.getText().startsWith("Object.freeze(") && e.arguments[0]) {
    return unwrapped(e.arguments[0]);
  }
  return e;
}

/** True when `node` is a literal holding `value`, as a number, as its text or as a list. */
function holds(node: ts.Expression, value: number | readonly string[]): boolean {
  const e = unwrapped(node);
  if (typeof value === "number") {
    if (ts.isNumericLiteral(e)) return Number(e.text) === value;
    return ts.isStringLiteralLike(e) && e.text === String(value);
  }
  if (ts.isStringLiteralLike(e)) return e.text === value.join(",");
  return (
    ts.isArrayLiteralExpression(e) &&
    e.elements.length === value.length &&
    e.elements.every((el, i) => ts.isStringLiteralLike(el) && el.text === value[i])
  );
}

/**
 * Where `text` writes a default as a literal beside one of its names: `maxLineItems: 50`,
 * `MAX_LINE_ITEMS: "50"`, `const maxLineItems = 50`, `{ maxLineItems = 50 }`, and the like.
 *
 * @example defaultsWritten("a.ts", "const limits = { maxLineItems: 50 };", [{ names: ["maxLineItems"], value: 50 }]) // one copy
 */
export function defaultsWritten(file: string, text: string, facts: readonly DefaultFact[]): Copy[] {
  const named = facts.filter((f) => f.names.some((name) => text.includes(name)));
  if (named.length === 0) return [];
  const source = parse(file, text);
  const copies: Copy[] = [];
  walk(source, (node) => {
    const name = nameOf(node);
    const initializer = initializerOf(node);
    if (name === undefined || initializer === undefined) return;
    if (named.some((f) => f.names.includes(name) && holds(initializer, f.value))) {
      copies.push({ file, ...place(source, node) });
    }
  });
  return copies;
}

/**
 * The repository files a module imports, directly or through others (relative imports only:
 * packages are not the repository's), relative to the repository root.
 *
 * @example importClosure("index.ts").includes("infra/pipeline.ts") // true
 */
export function importClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const info = ts.preProcessFile(readFileSync(join(repoRoot, file), "utf8"), true, true);
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const target = resolveModule(join(dirname(join(repoRoot, file)), fileName));
      if (target) pending.push(relative(repoRoot, target));
    }
  }
  return seen;
}

function resolveModule(path: string): string | undefined {
  const bare = path.replace(/\.(js|mjs|cjs)$/, "");
  const candidates = [
    path,
    `${bare}.ts`,
    `${bare}.mts`,
    `${bare}.cts`,
    join(path, "index.ts"),
    join(bare, "index.ts"),
  ];
  return candidates.find((c) => existsSync(c) && SOURCE.test(c));
}
