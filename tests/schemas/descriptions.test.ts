import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RefResolver, type Schema } from "../../tools/compat/schema-set";
import { loadCatalog } from "../../tools/gen/schema-catalog";
import { subschemaEntries } from "../../tools/gen/subschemas";
import { repoRoot } from "../support/paths";

// The schemas are published (in the package, the AsyncAPI document, generated doc comments): each
// schema, each named definition and each field must say, to a reader outside this repository, what
// it means and why it is there.

/** Shorter than this, a description names the field again rather than explaining it. */
const MIN_LENGTH = 30;
/** Words that mean something only inside this repository. */
const INSIDER_WORDS = /\bseed\b/i;

const catalog = loadCatalog(join(repoRoot, "schemas"));
const resolver = new RefResolver({
  label: "schemas",
  files: new Map(catalog.map((e) => [e.file, e.schema])),
});

type Obj = { [keyword: string]: unknown };

/** Where a described thing is: `outcome/outcome-common.v1.schema.json#/$defs/OutcomeFields`. */
interface Described {
  at: string;
  description: unknown;
}

/**
 * What documents each published thing: the schema itself, each `$defs` entry, and each property
 * (a property that is only a `$ref` is documented by its target: a description beside the `$ref`
 * would make the type generator emit a second type; a property that is `false`, forbidden, by the
 * description of the object that forbids it, which must name it).
 */
function describedThings(): Described[] {
  const out: Described[] = [];
  const visit = (schema: Schema, file: string, docId: string, pointer: string) => {
    if (typeof schema === "boolean") return;
    for (const { path, name, schema: sub } of subschemaEntries(schema)) {
      const at = `${pointer}/${path.join("/")}`;
      if (path[0] === "$defs")
        out.push({ at: `${file}#${at}`, description: (sub as Obj).description });
      if (name !== undefined)
        out.push({ at: `${file}#${at}`, description: descriptionOf(sub, schema, name, docId) });
      visit(sub, file, docId, at);
    }
  };
  for (const e of catalog) {
    out.push({ at: e.file, description: e.schema.description });
    visit(e.schema, e.file, e.id, "");
  }
  return out;
}

function descriptionOf(property: Schema, parent: Obj, name: string, docId: string): unknown {
  if (property === false) {
    const said = String(parent.description ?? "");
    return said.includes(name)
      ? said
      : `(${name} is forbidden, and the object's description does not say why)`;
  }
  if (property === true) return undefined;
  if (typeof property.$ref === "string" && Object.keys(property).length === 1)
    return (resolver.resolve(property.$ref, docId)?.schema as Obj | undefined)?.description;
  return property.description;
}

describe("every published schema, definition and field is described for a reader", () => {
  const things = describedThings();

  it("finds the fields to check (every schema file, the outcomes' shared fields)", () => {
    expect(things.filter((t) => !t.at.includes("#"))).toHaveLength(catalog.length);
    expect(things.map((t) => t.at)).toContain(
      "outcome/outcome-common.v1.schema.json#/$defs/OutcomeFields/properties/message_id",
    );
  });

  it(`has a description of at least ${MIN_LENGTH} characters everywhere`, () => {
    const missing = things
      .filter((t) => typeof t.description !== "string" || t.description.length < MIN_LENGTH)
      .map((t) => `${t.at}: ${JSON.stringify(t.description ?? null)}`);
    expect(missing).toEqual([]);
  });

  it("uses no word that means something only inside this repository", () => {
    const insider = things
      .filter((t) => INSIDER_WORDS.test(String(t.description)))
      .map((t) => `${t.at}: ${String(t.description)}`);
    expect(insider).toEqual([]);
  });
});
