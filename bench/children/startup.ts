import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runAsChild } from "../lib/child-main";

// A fresh process that measures one start-up, from the first line of the measured work to the
// module (or compiled validators) being ready:
//   import <file>          import (ESM) or require (.cjs) a module: a bundle or the validators
//   compile <schemasDir>   load ajv, read every schema, compile every validator, as a handler
//                          without generated code would at cold start
// Packages are external to this child's bundle, so loading them is inside the measurement.

type Mode = "import" | "compile";

function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(path);
    return entry.name.endsWith(".schema.json") ? [path] : [];
  });
}

interface Startup {
  ms: number;
  /** CPU time of the same span (all threads): what the wall clock shows minus waiting. */
  cpu_ms: number;
  exports: string[];
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function importModule(file: string): Promise<Startup> {
  const cpuStart = cpuMs();
  const start = performance.now();
  const loaded = file.endsWith(".cjs")
    ? require(file) // the bundle banner defines require
    : await import(pathToFileURL(file).href);
  const ms = performance.now() - start;
  return { ms, cpu_ms: cpuMs() - cpuStart, exports: Object.keys(loaded).sort() };
}

async function compileSchemas(dir: string): Promise<Startup> {
  const cpuStart = cpuMs();
  const start = performance.now();
  // The generator's options (tools/gen/generate.ts createAjv), without code generation.
  // CommonJS packages: `default` is module.exports, whose own `default` is the export.
  const Ajv2020 = (await import("ajv/dist/2020.js")).default.default;
  const addFormats = (await import("ajv-formats")).default.default;
  const schemas = schemaFiles(dir)
    .sort()
    .map((file) => JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>);
  const ajv = new Ajv2020({ strict: true, allErrors: false, discriminator: true, schemas });
  addFormats(ajv, ["date-time", "uuid"]);
  ajv.addKeyword({ keyword: "version", schemaType: "string" });
  const validators: Record<string, unknown> = {};
  for (const schema of schemas) {
    const onlyDefs = Object.keys(schema).every((k) =>
      ["$schema", "$id", "title", "description", "version", "$defs"].includes(k),
    );
    if (!onlyDefs)
      validators[`validate${String(schema.title)}`] = ajv.getSchema(String(schema.$id));
  }
  const ms = performance.now() - start;
  return { ms, cpu_ms: cpuMs() - cpuStart, exports: Object.keys(validators).sort() };
}

runAsChild(async (child) => {
  const [mode, target] = process.argv.slice(2) as [Mode, string];
  if (!target) throw new Error("usage: startup.mjs import <file> | compile <schemasDir>");
  child.doing(mode === "compile" ? `compiling the schemas of ${target}` : `importing ${target}`);
  return mode === "compile" ? await compileSchemas(target) : await importModule(target);
});
