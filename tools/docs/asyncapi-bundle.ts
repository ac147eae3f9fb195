import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { parse, stringify } from "yaml";

type Json = unknown;

/**
 * A self-contained copy of an AsyncAPI document: every schema file its `$ref`s reach (directly or
 * through other schema files) is inlined once under `components.schemas`, named by its `title`,
 * and every reference to a file becomes a local `#/components/schemas/<Title>…` pointer. `$id` and
 * `$schema` are dropped from the inlined schemas so the pointers resolve within the document.
 * For viewers that cannot read the schema files beside the document (AsyncAPI Studio, pasted).
 *
 * @example bundleAsyncApi("generated/asyncapi.yaml").components.schemas.OrderMessage.title // "OrderMessage"
 */
export function bundleAsyncApi(documentPath: string): Record<string, Json> {
  const documentFile = resolve(documentPath);
  const document = parse(readFileSync(documentFile, "utf8")) as Record<string, Json>;
  const schemas: Record<string, Json> = {};
  const names = new Map<string, string>();

  const componentOf = (file: string): string => {
    const known = names.get(file);
    if (known) return known;
    const schema = JSON.parse(readFileSync(file, "utf8")) as Record<string, Json>;
    const name = typeof schema.title === "string" ? schema.title : basename(file, ".json");
    if (name in schemas) throw new Error(`docs: two schema files are titled ${name}`);
    names.set(file, name);
    schemas[name] = {}; // reserved before the walk: a schema that refers back to itself resolves
    const { $id: _id, $schema: _schema, ...rest } = schema;
    schemas[name] = rewrite(rest, file);
    return name;
  };
  const rewriteRef = (ref: string, baseFile: string): string => {
    const [path = "", fragment = ""] = ref.split("#");
    if (path === "" && baseFile === documentFile) return ref;
    const file = path === "" ? baseFile : resolve(dirname(baseFile), path);
    return `#/components/schemas/${componentOf(file)}${fragment}`;
  };
  const rewrite = (node: Json, baseFile: string): Json => {
    if (Array.isArray(node)) return node.map((n) => rewrite(n, baseFile));
    if (typeof node !== "object" || node === null) return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === "$ref" && typeof value === "string"
          ? rewriteRef(value, baseFile)
          : rewrite(value, baseFile),
      ]),
    );
  };

  const bundled = rewrite(document, documentFile) as Record<string, Json>;
  const components = (bundled.components ?? {}) as Record<string, Json>;
  const sorted = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
  bundled.components = { ...components, schemas: sorted };
  return bundled;
}

/** The bundled document as YAML, with a header saying what it is. */
export function renderBundle(documentPath: string): string {
  const header = [
    `# Self-contained copy of ${documentPath} written by \`npm run docs\`: every schema inlined`,
    "# under components.schemas. Regenerate it rather than editing it.",
  ].join("\n");
  // YAML 1.1 quoting: readers such as js-yaml would otherwise load a date-time string as a Date.
  return `${header}\n${stringify(bundleAsyncApi(documentPath), { version: "1.1", lineWidth: 0, aliasDuplicateObjects: false })}`;
}
