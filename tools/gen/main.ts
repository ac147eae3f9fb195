import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { writeAsyncApi } from "./asyncapi";
import { configFileProblems, writeConfigFiles } from "./config-files";
import { generate } from "./generate";

const root = join(__dirname, "..", "..");
const schemasDir = join(root, "schemas");
const generatedDir = join(root, "generated");

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Files of `dir` as a map of relative path (forward slashes) to content. Gen owns all of them. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((f) => [relative(dir, f).split(sep).join("/"), readFileSync(f, "utf8")]),
  );
}

async function check(): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), "gen-check-"));
  try {
    await generate(schemasDir, tmp);
    writeAsyncApi(root, tmp);
    const want = snapshot(tmp);
    const have = snapshot(generatedDir);
    const problems: string[] = [];
    for (const [file, text] of want) {
      if (!have.has(file)) problems.push(`missing: generated/${file}`);
      else if (have.get(file) !== text) problems.push(`differs: generated/${file}`);
    }
    for (const file of have.keys()) if (!want.has(file)) problems.push(`stale: generated/${file}`);
    problems.push(...configFileProblems(root));
    if (problems.length === 0) {
      console.log(
        `gen:check: generated/ matches schemas/ (${want.size} files); config regions match infra/config-keys.ts and lib/processor-settings`,
      );
      return 0;
    }
    console.error(
      `gen:check: generated files are out of date with schemas/, lib/validation/, package/, infra/config-keys.ts or lib/processor-settings:\n  ${problems.join("\n  ")}`,
    );
    console.error("Run `npm run gen` and commit the result. Never edit generated/ by hand.");
    return 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  if (process.argv.includes("--check")) return check();
  const written = await generate(schemasDir, generatedDir);
  written.push(writeAsyncApi(root, generatedDir));
  console.log(`gen: wrote ${written.length} files to generated/`);
  const configs = writeConfigFiles(root);
  console.log(
    `gen: configuration tables ${configs.length > 0 ? `rewritten in ${configs.join(", ")}` : "unchanged"}`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`gen failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
