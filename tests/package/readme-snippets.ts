import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../support/paths";

/**
 * One ```ts block of a README. The preamble convention: an HTML comment on the line before the
 * block, `<!-- snippet-inputs: record=success-raw-record, event=sqs-event -->`, names each value the
 * snippet uses without defining it and the input that provides it (see `SnippetInput`).
 */
export interface Snippet {
  /** Where it comes from, for file names and messages: "package-README" or "README". */
  readonly source: string;
  /** 1-based position among the source's ```ts blocks. */
  readonly index: number;
  readonly code: string;
  /** Variable name -> input name. */
  readonly inputs: Readonly<Record<string, string>>;
}

/** A value a snippet reads: its TypeScript type (as the snippet's user would have it) and its JSON. */
export interface SnippetInput {
  readonly type: string;
  readonly value: unknown;
}

const BLOCK = /(?:<!-- snippet-inputs: ([^>]*?) -->\n)?```ts\n([\s\S]*?)```/g;

/**
 * Every ```ts block of `markdown`, with the inputs its preamble comment names.
 *
 * @example extractSnippets(readme, "README")[0]?.inputs // { record: "failure-envelope-record" }
 */
export function extractSnippets(markdown: string, source: string): Snippet[] {
  return [...markdown.matchAll(BLOCK)].map((m, i) => ({
    source,
    index: i + 1,
    code: m[2] as string,
    inputs: Object.fromEntries(
      (m[1] ?? "")
        .split(",")
        .map((pair) => pair.trim())
        .filter((pair) => pair !== "")
        .map((pair) => {
          const [name, input] = pair.split("=").map((s) => s.trim());
          if (!name || !input)
            throw new Error(`${source}: snippet-inputs "${pair}" is not name=input`);
          return [name, input];
        }),
    ),
  }));
}

/** Packages snippets import besides the package itself, linked from the repository's install. */
const LINKED = ["@types/aws-lambda", "@aws-lambda-powertools/parser", "@pact-foundation/pact"];

/** The strict flags the README snippets must compile under. */
export const SNIPPET_COMPILER_OPTIONS = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noPropertyAccessFromIndexSignature: true,
};

/**
 * Writes every snippet into the consumer project `dir` twice, as an ECMAScript module
 * (`src/snippets/<source>-<n>.mts`) and as CommonJS (`.cts`), each after a preamble that loads its
 * inputs from `inputs/<input>.json` with their declared types; the inputs; links to the packages
 * snippets use beside `@order-events/contracts`; and `tsconfig.snippets.json` (nodenext, the strict
 * flags, emit to `dist-snippets/`). Returns the programs to run, relative to `dir`.
 */
export function writeSnippetProject(
  dir: string,
  snippets: readonly Snippet[],
  inputs: Readonly<Record<string, SnippetInput>>,
): string[] {
  mkdirSync(join(dir, "src", "snippets"), { recursive: true });
  mkdirSync(join(dir, "inputs"), { recursive: true });
  for (const name of LINKED) {
    mkdirSync(join(dir, "node_modules", name, ".."), { recursive: true });
    symlinkSync(join(repoRoot, "node_modules", name), join(dir, "node_modules", name), "dir");
  }
  for (const [name, input] of Object.entries(inputs))
    writeFileSync(join(dir, "inputs", `${name}.json`), JSON.stringify(input.value));
  const sources: string[] = [];
  for (const snippet of snippets) {
    const preamble = [
      'import { readFileSync as readSnippetInput } from "node:fs";',
      ...Object.entries(snippet.inputs).map(([variable, name]) => {
        const input = inputs[name];
        if (!input)
          throw new Error(`${snippet.source} snippet ${snippet.index}: no input "${name}"`);
        return `const ${variable}: ${input.type} = JSON.parse(readSnippetInput("inputs/${name}.json", "utf8"));`;
      }),
    ].join("\n");
    for (const ext of ["mts", "cts"]) {
      const file = `src/snippets/${snippet.source}-${snippet.index}.${ext}`;
      writeFileSync(join(dir, file), `${preamble}\n${snippet.code}export {};\n`);
      sources.push(file);
    }
  }
  const typeRoots = [join(repoRoot, "node_modules", "@types")];
  writeFileSync(
    join(dir, "tsconfig.snippets.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022"],
        module: "nodenext",
        moduleResolution: "nodenext",
        ...SNIPPET_COMPILER_OPTIONS,
        // Pact's declarations import express's types, which Pact does not install. The package's
        // own declarations are checked with skipLibCheck off by the consumer's nodenext and bundler
        // setups (tests/package/consumer/checks.ts.txt imports the root entry and the Pact kit).
        skipLibCheck: true,
        rootDir: "src/snippets",
        outDir: "dist-snippets",
        types: ["node"],
        typeRoots,
      },
      files: sources,
    }),
  );
  return sources.map((f) =>
    f
      .replace("src/snippets/", "dist-snippets/")
      .replace(/\.mts$/, ".mjs")
      .replace(/\.cts$/, ".cjs"),
  );
}
