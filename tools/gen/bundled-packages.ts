import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Metafile } from "esbuild";

/** A package found on disk: its name and real directory. */
interface OwningPackage {
  name: string;
  dir: string;
}

/**
 * The third-party package a bundled file belongs to: the nearest package.json with a name, in a
 * folder below some `node_modules` (so the repository's own files belong to none). Works wherever
 * node_modules lives: in the repository, behind a symlink, or in pnpm's `.pnpm` store layout.
 */
function owningPackage(file: string): OwningPackage | undefined {
  let dir = dirname(file);
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && dir.split(sep).includes("node_modules")) {
      const { name } = JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown };
      if (typeof name === "string") return { name, dir };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Where esbuild found each input of a bundle, and the path the output should name it by. */
export interface BundleInputs {
  /** Names of the third-party packages bundled in, sorted. */
  packages: string[];
  /**
   * Rewrites input paths in the bundle (esbuild's `// path` comments and module keys) to
   * `node_modules/<name>/<file>`: the same bytes whether node_modules is the repository's own
   * folder, a symlink elsewhere, or a pnpm store.
   */
  canonicalize: (code: string) => string;
}

/**
 * Reads a bundle's metafile: which packages it holds, and how to name their files portably.
 *
 * @example const { packages, canonicalize } = bundleInputs(result.metafile, repoRoot);
 */
export function bundleInputs(metafile: Metafile, absWorkingDir: string): BundleInputs {
  const names = new Set<string>();
  const renames: [string, string][] = [];
  for (const input of Object.keys(metafile.inputs)) {
    const owner = owningPackage(resolve(absWorkingDir, input));
    if (!owner) continue;
    names.add(owner.name);
    const inside = relative(owner.dir, resolve(absWorkingDir, input)).split(sep).join("/");
    const canonical = `node_modules/${owner.name}/${inside}`;
    if (canonical !== input) renames.push([input, canonical]);
  }
  // Longest first, so no path is rewritten inside a longer one.
  renames.sort((a, b) => b[0].length - a[0].length);
  return {
    packages: [...names].sort(),
    canonicalize: (code) => renames.reduce((text, [from, to]) => text.replaceAll(from, to), code),
  };
}

/**
 * The real directory of package `name` as Node resolves it from `fromDir` (each ancestor's
 * node_modules, symlinks followed), without going through the package's `exports`.
 *
 * @example packageDirectory("ajv", repoRoot) // "/repo/node_modules/ajv" (or its pnpm store folder)
 */
export function packageDirectory(name: string, fromDir: string): string {
  let dir = resolve(fromDir);
  for (;;) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`gen: cannot find the package ${name} from ${fromDir}: run npm ci`);
    dir = parent;
  }
}
