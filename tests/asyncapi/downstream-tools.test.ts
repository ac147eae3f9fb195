// AsyncAPI's own tools, run on generated/asyncapi.yaml the way `npm run docs` runs them (once, in a
// child process: the HTML template takes tens of seconds): the HTML shows every channel, operation
// and message; Modelina's models exist for every message, keep each field's required-ness, hold
// no `any`, compile under `tsc --strict`, and type each message's example.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { HTML_FILE } from "../../tools/docs/asyncapi-html";
import { MODELS_FILE } from "../../tools/docs/asyncapi-models";
import { ASYNCAPI_FILE } from "../../tools/gen/asyncapi";
import { SCHEMAS_POINTER } from "../../tools/gen/asyncapi-schemas";
import { repoRoot } from "../support/paths";

type Json = Record<string, unknown>;
const doc = parse(readFileSync(join(repoRoot, "generated", ASYNCAPI_FILE), "utf8")) as {
  channels: Record<string, { address: string }>;
  operations: Record<string, { action: string }>;
  components: {
    schemas: Record<string, Json>;
    messages: Record<string, { payload: { $ref: string }; examples: { payload: unknown }[] }>;
  };
};

let out: string;
let html: string;
let models: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "asyncapi-docs-"));
  const run = spawnSync("npm", ["run", "--silent", "docs", "--", "--out", out], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 600_000,
  });
  if (run.status !== 0)
    throw new Error(`npm run docs exited ${run.status}\n${run.stdout}\n${run.stderr}`);
  html = readFileSync(join(out, HTML_FILE), "utf8");
  models = readFileSync(join(out, MODELS_FILE), "utf8");
}, 600_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("@asyncapi/html-template renders the document", () => {
  // What the page shows before any script runs (the template renders the page on the server).
  const rendered = () => html.slice(html.indexOf('<div id="root">'), html.indexOf("<script"));

  it("shows every operation and every message", () => {
    expect(rendered().length).toBeGreaterThan(10_000);
    for (const [id, op] of Object.entries(doc.operations))
      expect(rendered(), id).toContain(`id="operation-${op.action}-${id}"`);
    for (const name of Object.keys(doc.components.messages))
      expect(rendered(), name).toContain(`id="message-${name}"`);
  });

  it("shows every channel, with the messages of its operations", () => {
    for (const { address } of Object.values(doc.channels))
      expect(rendered(), address).toMatch(
        new RegExp(`id="operation-(send|receive)-${address}-message"`),
      );
  });
});

/** The title of the schema a `#/components/schemas/<Title>` reference names. */
const titleOf = (ref: string) => ref.slice(SCHEMAS_POINTER.length);

/** Every object schema with a title and properties in the document's schemas: Modelina's models. */
function titledObjects(node: unknown, found = new Map<string, Json>()): Map<string, Json> {
  if (Array.isArray(node)) for (const n of node) titledObjects(n, found);
  else if (node !== null && typeof node === "object") {
    const schema = node as Json;
    if (typeof schema.title === "string" && schema.properties && !found.has(schema.title))
      found.set(schema.title, schema);
    for (const [key, value] of Object.entries(schema))
      if (!["examples", "const", "enum", "default"].includes(key)) titledObjects(value, found);
  }
  return found;
}

describe("Modelina generates the messages' models", () => {
  const declared = () =>
    new Set([...models.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]));

  it("has a model for every message's payload, and no `any`", () => {
    for (const message of Object.values(doc.components.messages))
      expect(declared()).toContain(titleOf(message.payload.$ref));
    expect(models.replace(/^\/\/.*$/gm, "")).not.toMatch(/\bany\b/);
  });

  it("keeps every field of each model, required or optional as its schema says, compiles under tsc --strict and types each example", () => {
    const named = declared();
    const checks: string[] = [
      'import type * as M from "./models";',
      "type IsOptional<T, K extends keyof T> = {} extends Pick<T, K> ? true : false;",
    ];
    let fields = 0;
    for (const [title, schema] of titledObjects(doc.components.schemas)) {
      if (!named.has(title)) continue;
      const required = new Set((schema.required as string[] | undefined) ?? []);
      for (const field of Object.keys(schema.properties as Json)) {
        fields += 1;
        const name = `${title}_${field.replace(/\W/g, "_")}_is_${required.has(field) ? "required" : "optional"}`;
        checks.push(
          `export const ${name}: IsOptional<M.${title}, ${JSON.stringify(field)}> = ${!required.has(field)};`,
        );
      }
    }
    for (const [name, message] of Object.entries(doc.components.messages))
      checks.push(
        `export const ${name}Example: M.${titleOf(message.payload.$ref)} = ${JSON.stringify(message.examples[0]?.payload)};`,
      );
    expect(fields).toBeGreaterThan(50);
    writeFileSync(join(out, "checks.ts"), `${checks.join("\n")}\n`);
    writeFileSync(
      join(out, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "es2022",
          module: "nodenext",
          moduleResolution: "nodenext",
          types: [],
        },
        files: [MODELS_FILE, "checks.ts"],
      }),
    );

    const tsc = spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", out, "--pretty", "false"],
      { encoding: "utf8", timeout: 300_000 },
    );

    const output = `${tsc.stdout}${tsc.stderr}`;
    // Each failing check as its line of checks.ts, then the compiler's complaint.
    const failing = [...output.matchAll(/checks\.ts\((\d+),\d+\): (.*)/g)].map(
      (m) => `${checks[Number(m[1]) - 1]}\n  ${m[2]}`,
    );
    expect(failing).toEqual([]);
    expect(output).toBe("");
    expect(tsc.status).toBe(0);
  });
});
