import { join } from "node:path";

/** Repository root (tests run from any cwd). */
export const repoRoot = join(__dirname, "..", "..");
export const fixturesDir = join(repoRoot, "tests", "fixtures");
export const awsSamplesDir = join(fixturesDir, "aws-samples");
