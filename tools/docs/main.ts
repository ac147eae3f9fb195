// `npm run docs`: what AsyncAPI's own tools make of generated/asyncapi.yaml: the HTML page
// (@asyncapi/html-template) and the TypeScript models of the messages (Modelina).
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseCommandLine } from "../shared/command-line";
import { renderHtml } from "./asyncapi-html";
import { generateModels, MODELS_FILE, renderModels } from "./asyncapi-models";

const root = join(__dirname, "..", "..");
const DEFAULT_OUT = join(root, "dist", "asyncapi");

const USAGE = `Usage: npm run docs [-- --out DIR]

Renders generated/asyncapi.yaml with AsyncAPI's tools into DIR (default ${relative(root, DEFAULT_OUT)}):
  index.html   the HTML documentation (@asyncapi/html-template), one file to open in a browser
  ${MODELS_FILE}    TypeScript models of every message (Modelina)
Takes about a minute. docs/asyncapi.md shows the other ways to view the document.

  --out DIR   where to write them
`;

/** A path as the user would type it: relative when below the current folder. */
function shown(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith("..") ? path : fromHere;
}

async function main(): Promise<void> {
  const given = parseCommandLine(USAGE, { strings: ["out"], flags: [] });
  if (!given) return;
  const out = given.out ?? DEFAULT_OUT;
  const documentPath = relative(process.cwd(), join(root, "generated", "asyncapi.yaml"));
  mkdirSync(out, { recursive: true });
  const modelsPath = join(out, MODELS_FILE);
  const models = await generateModels(documentPath);
  writeFileSync(modelsPath, renderModels(models, documentPath));
  const htmlPath = await renderHtml(documentPath, out);
  process.stdout.write(
    `docs: wrote ${shown(htmlPath)} (open it in a browser) and ${shown(modelsPath)} (${models.length} models)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `npm run docs failed: ${error instanceof Error ? error.message : String(error)}\nRun \`npm run gen\` if generated/asyncapi.yaml is missing or stale.\n`,
  );
  process.exit(1);
});
