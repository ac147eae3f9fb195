import { afterEach, describe, expect, it, vi } from "vitest";
import { parseCommandLine, parseCommandLineWithArguments } from "../../tools/shared/command-line";

const USAGE = "Usage: npm run x -- [--orders N] [--json]\n";
const OPTIONS = { strings: ["orders", "fault-rate"], flags: ["json"] } as const;

/** Runs `act` with stdout, stderr and process.exit captured (exit throws, as it never returns). */
function captured(act: () => unknown) {
  let out = "";
  let err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  vi.spyOn(process, "exit").mockImplementation((code) => {
    throw new Error(`exit ${code}`);
  });
  let result: unknown;
  let thrown: unknown;
  try {
    result = act();
  } catch (error) {
    thrown = error;
  }
  return { result, thrown, out, err };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("parseCommandLine", () => {
  it("returns the string options and flags that were given", () => {
    const { result, thrown } = captured(() =>
      parseCommandLine(USAGE, OPTIONS, ["--orders", "12", "--json"]),
    );

    expect(thrown).toBeUndefined();
    expect(result).toEqual({ orders: "12", json: true });
  });

  it("prints the usage to stdout and returns undefined for --help", () => {
    const { result, thrown, out, err } = captured(() =>
      parseCommandLine(USAGE, OPTIONS, ["--help"]),
    );

    expect(thrown).toBeUndefined();
    expect(result).toBeUndefined();
    expect(out).toBe(USAGE);
    expect(err).toBe("");
  });

  it("exits with status 2, saying what was wrong and then the usage, on an unknown option", () => {
    const { thrown, out, err } = captured(() => parseCommandLine(USAGE, OPTIONS, ["--nope"]));

    expect(thrown).toEqual(new Error("exit 2"));
    expect(err).toBe(`Unknown option '--nope'\n\n${USAGE}`);
    expect(out).toBe("");
  });

  it("exits with status 2 when a string option has no value", () => {
    const { thrown, err } = captured(() => parseCommandLine(USAGE, OPTIONS, ["--orders"]));

    expect(thrown).toEqual(new Error("exit 2"));
    expect(err).toBe(`Option '--orders <value>' argument missing\n\n${USAGE}`);
  });
});

describe("parseCommandLineWithArguments", () => {
  const ACCEPTS = { max: 1, tooMany: "one FILE at most" };

  it("returns the options and up to max arguments", () => {
    const { result, thrown } = captured(() =>
      parseCommandLineWithArguments(USAGE, OPTIONS, ACCEPTS, ["--json", "order.json"]),
    );

    expect(thrown).toBeUndefined();
    expect(result).toEqual({ values: { json: true }, positionals: ["order.json"] });
  });

  it("exits with status 2 and its message when given more arguments than max", () => {
    const { thrown, err } = captured(() =>
      parseCommandLineWithArguments(USAGE, OPTIONS, ACCEPTS, ["a.json", "b.json"]),
    );

    expect(thrown).toEqual(new Error("exit 2"));
    expect(err).toBe(`one FILE at most, got 2\n\n${USAGE}`);
  });

  it("leaves parseCommandLine refusing any argument", () => {
    const { thrown, err } = captured(() => parseCommandLine(USAGE, OPTIONS, ["order.json"]));

    expect(thrown).toEqual(new Error("exit 2"));
    expect(err).toContain("Unexpected argument 'order.json'");
  });
});
