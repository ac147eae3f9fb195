import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundleFunction, listFunctionEntries, repoRoot } from "../../infra/lambda-bundle";

/** `npm run build`: writes dist/functions/<name>/index.mjs for every function. */
async function main(): Promise<void> {
  const functions = listFunctionEntries();
  if (functions.length === 0) throw new Error("no functions/<name>/handler.ts found");
  for (const { name, entry } of functions) {
    const bundle = await bundleFunction(entry);
    const outDir = join(repoRoot, "dist", "functions", name);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, "index.mjs"), bundle.code);
    console.log(
      `build: dist/functions/${name}/index.mjs ${(bundle.bytes / 1024).toFixed(1)} KiB sha256 ${bundle.sha256.slice(0, 12)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
