// `npm run docs`: writes a self-contained copy of generated/asyncapi.yaml (schemas inlined) to view
// in AsyncAPI Studio or any AsyncAPI tool that cannot read the schema files beside the document.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { failWithUsage, parseCommandLine } from "../shared/command-line";
import { renderBundle } from "./asyncapi-bundle";

const root = join(__dirname, "..", "..");
const DEFAULT_OUT = join(root, "dist", "asyncapi.bundled.yaml");

const USAGE = `Usage: npm run docs [-- --out FILE]

Writes generated/asyncapi.yaml with every schema inlined (default ${relative(root, DEFAULT_OUT)}),
to open in AsyncAPI Studio (https://studio.asyncapi.com: File > Import, or paste it) or any
AsyncAPI viewer. docs/asyncapi.md shows the other ways to view the document.

  --out FILE   where to write it
`;

const given = parseCommandLine(USAGE, { strings: ["out"], flags: [] });
if (given) {
  try {
    const out = given.out ?? DEFAULT_OUT;
    const text = renderBundle(relative(process.cwd(), join(root, "generated", "asyncapi.yaml")));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    process.stdout.write(
      `docs: wrote ${relative(process.cwd(), out)} (${Math.round(text.length / 1024)} KiB): open it in https://studio.asyncapi.com or another AsyncAPI viewer\n`,
    );
  } catch (error) {
    failWithUsage(USAGE, `docs: ${error instanceof Error ? error.message : String(error)}`);
  }
}
