import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";

/** The HTML template, rendered by @asyncapi/generator 2.x (3.x needs Node 24). */
export const HTML_TEMPLATE = "@asyncapi/html-template";
/** The one file it writes (scripts and styles inlined, so it opens anywhere). */
export const HTML_FILE = "index.html";

/** What this module uses of @asyncapi/generator, which ships no types. */
interface AsyncApiGenerator {
  generateFromFile(path: string): Promise<void>;
}
type GeneratorClass = new (
  template: string,
  targetDir: string,
  options: { forceWrite: boolean; templateParams: Record<string, string> },
) => AsyncApiGenerator;

/**
 * The folder of globally installed packages that holds npm. @asyncapi/generator looks npm up
 * there when it loads (it can install templates) and fails to load without it; npm sits beside
 * the Node that runs npm, not beside the pinned Node that runs the scripts (NODE_MODULES is where
 * it also looks).
 */
function npmFolder(): string {
  const npmCli = process.env.npm_execpath; // set by npm for scripts and npx: …/npm/bin/npm-cli.js
  if (npmCli?.includes(join("npm", "bin"))) return resolve(dirname(npmCli), "..", "..");
  return execFileSync("npm", ["root", "--global"], { encoding: "utf8" }).trim();
}

/**
 * Renders an AsyncAPI document to one HTML page with @asyncapi/html-template (the template is the
 * installed devDependency: nothing is downloaded), into `outDir`. Takes tens of seconds: the
 * generator transpiles the template first.
 *
 * @example await renderHtml("generated/asyncapi.yaml", "dist/asyncapi") // writes dist/asyncapi/index.html
 */
export async function renderHtml(documentPath: string, outDir: string): Promise<string> {
  process.env.NODE_MODULES ??= npmFolder();
  const Generator = require("@asyncapi/generator") as GeneratorClass;
  const generator = new Generator(HTML_TEMPLATE, outDir, {
    forceWrite: true,
    templateParams: { singleFile: "true" },
  });
  await generator.generateFromFile(documentPath);
  return join(outDir, HTML_FILE);
}
