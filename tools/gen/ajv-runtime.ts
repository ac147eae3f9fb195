import { buildSync } from "esbuild";
import { bundleInputs } from "./bundled-packages";

const REQUIRE_CALL = /require\("([^"]+)"\)/g;
const EXPORT_LINE = /^exports\.([A-Za-z_$][\w$]*) = /gm;
const RUNTIME_NAME = "__ajvRuntime";
/** The repository module that makes each validator a Standard Schema object too. */
export const STANDARD_SCHEMA_MODULE = "./lib/validation/standard-schema";

/**
 * Makes ajv standalone code self-contained and a Standard Schema: the `require("ajv/dist/runtime/…")`
 * and `require("ajv-formats/…")` calls it emits are bundled into one object defined at the top of
 * the file, with `lib/validation/standard-schema.ts`, and each exported validator gets its
 * `~standard` property (vendor `vendor`). The package so has no runtime dependency (and consumers
 * get exactly the ajv runtime the validators were generated with, not whichever ajv their
 * lockfile hoists).
 *
 * @example inlineAjvRuntime('"use strict";exports.v = validate10;…', "/repo", "@order-events/contracts").code
 */
export function inlineAjvRuntime(
  standalone: string,
  resolveDir: string,
  vendor: string,
): { code: string; packages: string[] } {
  const modules = [...new Set([...standalone.matchAll(REQUIRE_CALL)].map((m) => m[1] as string))];
  const body = standalone.replace(/^"use strict";\n?/, "");
  const entry = `module.exports = {\n${[...modules.sort(), STANDARD_SCHEMA_MODULE]
    .map((m) => `  ${JSON.stringify(m)}: require(${JSON.stringify(m)}),`)
    .join("\n")}\n};\n`;
  const result = buildSync({
    stdin: { contents: entry, resolveDir, sourcefile: "ajv-runtime-entry.cjs", loader: "js" },
    absWorkingDir: resolveDir, // paths in the bundle's comments are relative to it: deterministic
    bundle: true,
    write: false,
    platform: "node",
    target: "node18",
    format: "iife",
    globalName: RUNTIME_NAME,
    legalComments: "none",
    charset: "utf8",
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0]?.text;
  if (!output) throw new Error("gen: esbuild produced no ajv runtime bundle");
  const inputs = bundleInputs(result.metafile, resolveDir);
  const runtime = inputs.canonicalize(output);
  const rewritten = body.replace(
    REQUIRE_CALL,
    (_call, name: string) => `${RUNTIME_NAME}[${JSON.stringify(name)}]`,
  );
  if (/\brequire\(/.test(rewritten))
    throw new Error("gen: ajv standalone code still calls require() after inlining its runtime");
  const exported = [...rewritten.matchAll(EXPORT_LINE)].map((m) => m[1] as string);
  if (exported.length === 0)
    throw new Error("gen: ajv standalone code exports no validator (exports.<name> = …)");
  const attach = `${RUNTIME_NAME}[${JSON.stringify(STANDARD_SCHEMA_MODULE)}].attachStandardSchema`;
  const standard = exported
    .map((name) => `${attach}(exports.${name}, ${JSON.stringify(vendor)});`)
    .join("\n");
  const code = `"use strict";\n// ajv runtime helpers the validators below use, and the Standard Schema interface, bundled so the package needs no dependency.\n${runtime}\n${rewritten}\n// Each validator is also a Standard Schema v1 object (https://standardschema.dev): validator["~standard"].validate(value).\n${standard}`;
  return { code, packages: inputs.packages };
}
