import { buildSync } from "esbuild";
import { bundleInputs } from "./bundled-packages";

const REQUIRE_CALL = /require\("([^"]+)"\)/g;
const RUNTIME_NAME = "__ajvRuntime";

/**
 * Makes ajv standalone code self-contained: the `require("ajv/dist/runtime/…")` and
 * `require("ajv-formats/…")` calls it emits are bundled into one object defined at the top of the
 * file, so the package has no runtime dependency (and consumers get exactly the ajv runtime the
 * validators were generated with, not whichever ajv their lockfile hoists).
 *
 * @example inlineAjvRuntime('"use strict";exports.v = validate10;…', "/repo").code
 */
export function inlineAjvRuntime(
  standalone: string,
  resolveDir: string,
): { code: string; packages: string[] } {
  const modules = [...new Set([...standalone.matchAll(REQUIRE_CALL)].map((m) => m[1] as string))];
  const body = standalone.replace(/^"use strict";\n?/, "");
  if (modules.length === 0) return { code: `"use strict";\n${body}`, packages: [] };
  const entry = `module.exports = {\n${modules
    .sort()
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
  const code = `"use strict";\n// ajv runtime helpers the validators below use, bundled so the package needs no dependency.\n${runtime}\n${rewritten}`;
  return { code, packages: inputs.packages };
}
