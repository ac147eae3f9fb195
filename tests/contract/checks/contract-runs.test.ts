import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { comparePactDirs, describeDifference, isSame } from "../../../contracts/cli/compare-pacts";
import { vitestSummary } from "../../../contracts/cli/provider-tests";

const dirs: string[] = [];
function pactDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "pacts-compare-"));
  dirs.push(dir);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("comparing the pacts the consumer tests wrote with the committed ones", () => {
  it("finds nothing when every file is the same, byte for byte", () => {
    const files = { "a-b.json": '{"x":1}', "c-d.json": '{"y":2}' };

    expect(isSame(comparePactDirs(pactDir(files), pactDir(files)))).toBe(true);
  });

  it("names changed, new and no longer written files, and ignores other files", () => {
    const written = pactDir({ "a-b.json": '{"x":2}', "e-f.json": "{}", "notes.txt": "x" });
    const committed = pactDir({ "a-b.json": '{"x":1}', "c-d.json": "{}" });

    const difference = comparePactDirs(written, committed);

    expect(difference).toEqual({
      added: ["e-f.json"],
      removed: ["c-d.json"],
      changed: ["a-b.json"],
    });
    expect(isSame(difference)).toBe(false);
    expect(describeDifference(difference)).toEqual([
      "changed: a-b.json",
      "new: e-f.json",
      "no longer written: c-d.json",
    ]);
  });
});

describe("the provider run's summary", () => {
  it("keeps vitest's closing summary and drops what came before (Pact's report)", () => {
    const output = [
      "Verifying a pact between fulfilment and processor",
      "  a SUCCESS outcome (OK)",
      "",
      " Test Files  5 passed (5)",
      "      Tests  29 passed (29)",
      "",
    ].join("\n");

    expect(vitestSummary(output)).toBe(" Test Files  5 passed (5)\n      Tests  29 passed (29)\n");
  });

  it("keeps everything when there is no summary", () => {
    expect(vitestSummary("Error: cannot start\n")).toBe("Error: cannot start\n");
  });
});
