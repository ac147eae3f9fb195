import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageDirectory } from "./bundled-packages";

const SPEC_PACKAGE = "@standard-schema/spec";

/**
 * The Standard Schema v1 type declarations, copied from the `@standard-schema/spec` devDependency
 * into `generated/standard-schema.d.ts`: the package's validators are declared with them, and
 * consumers need no dependency to get them (the spec's authors allow copying its types; they are
 * structural, so Powertools' parser, which imports the spec, accepts our validators). Its licence
 * goes into the notices.
 *
 * @example standardSchemaDeclarations(repoRoot, ["DO NOT EDIT"]).text // "// DO NOT EDIT …\ninterface StandardTypedV1 …"
 */
export function standardSchemaDeclarations(
  repoRoot: string,
  bannerLines: readonly string[],
): { text: string; packageName: string } {
  const dir = packageDirectory(SPEC_PACKAGE, repoRoot);
  const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    version: string;
  };
  const declarations = readFileSync(join(dir, "dist", "index.d.ts"), "utf8");
  if (!declarations.includes("interface StandardSchemaV1"))
    throw new Error(`gen: ${SPEC_PACKAGE} ${version} declares no StandardSchemaV1: run npm ci`);
  const banner = [
    ...bannerLines,
    `The types of ${SPEC_PACKAGE} ${version} (MIT), copied as they are: see THIRD-PARTY-NOTICES.md.`,
  ];
  return {
    text: `${banner.map((l) => `// ${l}`).join("\n")}\n${declarations.trimEnd()}\n`,
    packageName: SPEC_PACKAGE,
  };
}
