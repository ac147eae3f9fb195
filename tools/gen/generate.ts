import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import standaloneCode from "ajv/dist/standalone";
import addFormats from "ajv-formats";
import { compile } from "json-schema-to-typescript";
import { RefResolver } from "../compat/schema-set";
import { inlineAjvRuntime } from "./ajv-runtime";
import { withDeliveredAttributeForms } from "./delivered-attributes";
import { JSON_VALUE_DECLARATION, withJsonValueTypes } from "./json-value-types";
import { withMergedAllOf } from "./merge-all-of";
import { generatePackage, readManifest } from "./package";
import { PACT_KIT_FILE, pactKitData } from "./pact-kit";
import { type CatalogEntry, loadCatalog } from "./schema-catalog";
import { standardSchemaDeclarations } from "./standard-schema-types";
import { withoutAnnotations } from "./strip-annotations";

const BANNER_LINES = [
  "DO NOT EDIT: generated from schemas/ by `npm run gen` (tools/gen/generate.ts).",
  "Change the JSON Schemas in schemas/ and run `npm run gen`; CI fails when this file drifts.",
];
const jsBanner = BANNER_LINES.map((l) => `// ${l}`).join("\n");

/** ajv options shared by the generator and by tests that compile schemas on purpose. */
export function createAjv(catalog: CatalogEntry[]): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: false, // stop at the first error: hostile input costs little
    discriminator: true,
    inlineRefs: false, // a referenced schema becomes one shared function, not a copy per use
    code: { source: true, lines: true },
    schemas: catalog.map((e) => withoutAnnotations(e.schema) as Record<string, unknown>),
  });
  addFormats(ajv, ["date-time", "uuid"]);
  return ajv;
}

async function generateTypes(catalog: CatalogEntry[]): Promise<string> {
  const roots = catalog.filter((e) => e.validator !== null);
  const root = {
    title: "GeneratedRoot",
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(roots.map((e) => [e.title, { $ref: e.file }])),
  };
  // The type generator reads $ref'd files from disk: give it copies whose shared fields (allOf)
  // are merged into one object, so a type is one interface rather than an intersection (see
  // merge-all-of.ts), and whose accept-anything subschemas are typed JsonValue (json-value-types.ts).
  const resolver = new RefResolver({
    label: "schemas",
    files: new Map(catalog.map((e) => [e.file, e.schema])),
  });
  const resolve = resolver.resolve.bind(resolver);
  const typingDir = mkdtempSync(join(tmpdir(), "gen-types-"));
  try {
    for (const e of catalog) {
      const typed = withJsonValueTypes(
        withMergedAllOf(e.schema, e.id, resolve) as Record<string, unknown>,
      );
      mkdirSync(dirname(join(typingDir, e.file)), { recursive: true });
      writeFileSync(join(typingDir, e.file), JSON.stringify(typed));
    }
    return await compileTypes(root, typingDir);
  } finally {
    rmSync(typingDir, { recursive: true, force: true });
  }
}

async function compileTypes(root: Record<string, unknown>, cwd: string): Promise<string> {
  const ts = await compile(root as never, "GeneratedRoot", {
    cwd,
    bannerComment: "",
    additionalProperties: false,
    unreachableDefinitions: true,
    maxItems: -1,
    strictIndexSignatures: false,
    format: true,
    style: { printWidth: 100 },
  });
  // The root only gathers every schema so each type is emitted once; it is not a type of its own.
  const withoutRoot = ts.replace(/export interface GeneratedRoot \{[^}]*\}\n/, "");
  if (withoutRoot === ts)
    throw new Error("gen: could not find the GeneratedRoot interface to drop");
  return `${BANNER_LINES.map((l) => `// ${l}`).join("\n")}\n\n${JSON_VALUE_DECLARATION}${withoutRoot}`;
}

interface GeneratedValidators {
  cjs: string;
  dts: string;
  mjs: string;
  /** `validators/<kind>.cjs` and its declarations, one validator each. */
  single: Record<string, string>;
  /** Packages whose runtime code is bundled into validators.cjs. */
  bundledPackages: string[];
}

function generateValidators(
  catalog: CatalogEntry[],
  repoRoot: string,
  vendor: string,
): GeneratedValidators {
  const roots = catalog.filter((e) => e.validator !== null);
  const ajv = createAjv(catalog);
  const exports = Object.fromEntries(roots.map((e) => [e.validator as string, e.id]));
  const standalone = inlineAjvRuntime(standaloneCode(ajv, exports), repoRoot, vendor);
  const cjs = `${jsBanner}\n${standalone.code}\n`;
  const typeNames = roots.map((e) => e.title).join(", ");
  // "./types.js" resolves to types.d.ts under every moduleResolution, ESM (.d.mts) included.
  const dts = [
    jsBanner,
    `import type { ${typeNames} } from "./types.js";`,
    'import type { StandardSchemaV1 } from "./standard-schema.js";',
    "",
    "/** One error as ajv reports it; prefer the readable `validate()` helpers over reading these. */",
    "export interface ValidatorError {",
    "  instancePath: string;",
    "  schemaPath: string;",
    "  keyword: string;",
    "  params: Record<string, unknown>;",
    "  message?: string;",
    "}",
    "",
    "/**",
    " * A precompiled validator: a type guard whose `errors` explain the last rejection, and a",
    " * Standard Schema v1 object (`~standard`) for Powertools' parser and other Standard Schema tools.",
    " *",
    ' * @example if (validateOrderMessage(data)) data.order_id; validateOrderMessage["~standard"].validate(data);',
    " */",
    "export interface Validator<T> extends StandardSchemaV1<unknown, T> {",
    "  (data: unknown): data is T;",
    "  errors?: ValidatorError[] | null;",
    "}",
    "",
    ...roots.flatMap((e) => [
      `/** Validates against \`${e.file}\` (${e.id}). */`,
      `export declare const ${e.validator}: Validator<${e.title}>;`,
    ]),
    "",
  ].join("\n");
  const mjs = `${jsBanner}\nexport { ${roots.map((e) => e.validator).join(", ")} } from "./validators.cjs";\n`;
  // One module per validator as well: esbuild cannot drop unused exports of a CommonJS file, so a
  // Lambda that imports `validators/order-message.cjs` carries one validator, not all of them.
  const single: Record<string, string> = {};
  for (const e of roots) {
    const one = inlineAjvRuntime(
      standaloneCode(ajv, { [e.validator as string]: e.id }),
      repoRoot,
      vendor,
    );
    single[`validators/${e.kind}.cjs`] = `${jsBanner}\n${one.code}\n`;
    single[`validators/${e.kind}.d.cts`] = [
      jsBanner,
      `import type { ${e.title} } from "../types.js";`,
      'import type { Validator } from "../validators.cjs";',
      "",
      `/** Validates against \`${e.file}\` (${e.id}); the same function as in validators.cjs. */`,
      `export declare const ${e.validator}: Validator<${e.title}>;`,
      "",
    ].join("\n");
  }
  return { cjs, dts, mjs, single, bundledPackages: standalone.packages };
}

function generateCatalogJson(catalog: CatalogEntry[]): string {
  const entries = catalog.map(({ kind, file, id, title, version, major, validator }) => ({
    kind,
    file: `schemas/${file}`,
    id,
    title,
    version,
    major,
    validator,
  }));
  return `${JSON.stringify({ $comment: BANNER_LINES.join(" "), schemas: entries }, null, 2)}\n`;
}

/**
 * Writes everything `generated/` holds into `outDir`: from the schemas in `schemasDir`, and the
 * npm package around them from `package/` and `lib/validation/` (both found beside `schemasDir`).
 */
export async function generate(schemasDir: string, outDir: string): Promise<string[]> {
  const repoRoot = dirname(schemasDir);
  const catalog = withDeliveredAttributeForms(loadCatalog(schemasDir));
  const standardSchema = standardSchemaDeclarations(repoRoot, BANNER_LINES);
  const validators = generateValidators(catalog, repoRoot, readManifest(repoRoot).name);
  const files: Record<string, string> = {
    "types.d.ts": await generateTypes(catalog),
    "validators.cjs": validators.cjs,
    "validators.d.cts": validators.dts,
    "validators.mjs": validators.mjs,
    "validators.d.mts": validators.dts,
    "standard-schema.d.ts": standardSchema.text,
    ...validators.single,
    "catalog.json": generateCatalogJson(catalog),
    [PACT_KIT_FILE]: pactKitData(catalog, createAjv(catalog), repoRoot),
    ...Object.fromEntries(
      catalog.map((e) => [`schemas/${e.file}`, `${JSON.stringify(e.schema, null, 2)}\n`]),
    ),
  };
  const validatorNames = catalog.flatMap((e) => (e.validator === null ? [] : [e.validator]));
  Object.assign(
    files,
    await generatePackage(
      { repoRoot },
      catalog,
      {
        names: validatorNames,
        bundledPackages: [...validators.bundledPackages, standardSchema.packageName],
      },
      { ...files },
    ),
  );
  rmSync(outDir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), text);
  }
  return Object.keys(files).sort();
}
