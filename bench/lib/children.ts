import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

/** Repository root, whatever the working directory. */
export const repoRoot = join(__dirname, "..", "..");

/** Where child bundles live: under node_modules so that their external packages resolve. */
export const cacheDir = join(repoRoot, "node_modules", ".cache", "order-events-bench");

const REQUIRE_SHIM =
  "import{createRequire}from'node:module';const require=createRequire(import.meta.url);";

/**
 * Bundles a benchmark child (`bench/children/x.ts`) into one ESM file, so that it runs on plain
 * Node with no TypeScript loader in the measured process. `externalPackages` leaves packages to
 * be loaded from node_modules at run time (when loading them is part of what is measured).
 *
 * @example const script = await bundleChild("bench/children/startup.ts", { externalPackages: true });
 */
export async function bundleChild(
  entry: string,
  options: { externalPackages?: boolean } = {},
): Promise<string> {
  mkdirSync(cacheDir, { recursive: true });
  const outfile = join(cacheDir, `${entry.replace(/[/\\.]/g, "_")}.mjs`);
  await build({
    absWorkingDir: repoRoot,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node22",
    format: "esm",
    mainFields: ["module", "main"],
    packages: options.externalPackages ? "external" : "bundle",
    banner: { js: REQUIRE_SHIM },
    logLevel: "silent",
  });
  return outfile;
}
