// Where code lives says where it runs: lib/ holds only what ships, inside a function or in the
// package (a module neither imports belongs beside its users, as the order producer does in
// local/), and the Pulumi program imports nothing from the repository's tools, local runtime,
// benchmarks or tests. The package's Pact kit (lib/pact) ships in no function: it is for other
// teams' tests, so it is an entry point of the package of its own.
import { describe, expect, it } from "vitest";
import { STANDARD_SCHEMA_MODULE } from "../../tools/gen/ajv-runtime";
import { PACKAGE_LIB_ENTRIES } from "../../tools/gen/package";
import { buildTopology } from "../../topology/build";
import { handWrittenSources, importClosure } from "../settings/support/source-scan";

describe("the repository's layout", () => {
  it("ships every module of lib/ in at least one function or in the package", () => {
    const functions = buildTopology().functions.map((fn) => fn.entry);
    const entries = [...functions, ...Object.values(PACKAGE_LIB_ENTRIES)];
    const shipped = new Set(entries.flatMap((entry) => [...importClosure(entry)]));
    // gen inlines this module into every generated validator, which the functions import.
    shipped.add(`${STANDARD_SCHEMA_MODULE.replace(/^\.\//, "")}.ts`);
    const lib = handWrittenSources().filter((file) => file.startsWith("lib/"));
    expect(lib.length).toBeGreaterThan(0);
    expect(lib.filter((file) => !shipped.has(file))).toEqual([]);
  });

  it("builds the Pulumi program without the tools, local runtime, benchmarks, contracts or tests", () => {
    const program = [...importClosure("index.ts")];
    expect(program).toContain("infra/lambda-bundle.ts");
    expect(program.filter((file) => /^(tools|local|bench|tests|contracts)\//.test(file))).toEqual(
      [],
    );
  });
});
