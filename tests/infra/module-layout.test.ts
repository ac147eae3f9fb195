// Where code lives says where it runs: lib/ holds only what ships inside a function (a module no
// function imports belongs beside its users, as the order producer does in local/), and the Pulumi
// program imports nothing from the repository's tools, local runtime, benchmarks or tests.
import { describe, expect, it } from "vitest";
import { STANDARD_SCHEMA_MODULE } from "../../tools/gen/ajv-runtime";
import { buildTopology } from "../../topology/build";
import { handWrittenSources, importClosure } from "../settings/support/source-scan";

describe("the repository's layout", () => {
  it("ships every module of lib/ in at least one function", () => {
    const functions = buildTopology().functions.map((fn) => fn.entry);
    const shipped = new Set(functions.flatMap((entry) => [...importClosure(entry)]));
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
