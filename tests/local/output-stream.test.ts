// The outputs of the local tools (npm start, replay, soak, send) on a file that opens but cannot
// be written (/dev/full, as on a full disk): a failed write is kept and reported, never thrown,
// and never ends the process (Node would end it on an unhandled 'error' event).
import { createWriteStream } from "node:fs";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { deliverResult, describeWriteError, OutputStream } from "../../local/output/output-stream";

/** A stream that keeps what is written to it. */
function collecting(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return { stream, text: () => chunks.join("") };
}

describe("OutputStream", () => {
  it("resolves false on a full disk, keeps the first error, tells its listeners once, and drops later writes", async () => {
    const out = new OutputStream("standard output", createWriteStream("/dev/full"));
    const failures: Error[] = [];
    out.onFailure((error) => failures.push(error));

    expect(await out.write("the summary\n")).toBe(false);
    expect(await out.write("more\n")).toBe(false);
    // The 'error' event Node emits after the failed write must not reach the process either.
    await new Promise((resolve) => setImmediate(resolve));

    expect((out.failure as NodeJS.ErrnoException).code).toBe("ENOSPC");
    expect(failures).toEqual([out.failure]);
  });

  it("resolves true once a write is done, with no failure", async () => {
    const { stream, text } = collecting();
    const out = new OutputStream("standard output", stream);
    expect(await out.write("a\n")).toBe(true);
    expect(await out.write("b\n")).toBe(true);
    expect(text()).toBe("a\nb\n");
    expect(out.failure).toBeUndefined();
  });
});

describe("deliverResult", () => {
  it("says on standard error what could not be written and what was done all the same", async () => {
    const stdout = new OutputStream("standard output", createWriteStream("/dev/full"));
    const err = collecting();
    const stderr = new OutputStream("standard error", err.stream);
    const delivered = await deliverResult(
      {
        command: "npm run send",
        what: "the message id",
        text: "Sent message m-1.\n",
        done: "Message m-1 was sent.",
      },
      stdout,
      stderr,
    );
    expect(delivered).toBe(false);
    expect(err.text()).toBe(
      "npm run send: cannot write the message id to standard output: no space left on device (ENOSPC). Message m-1 was sent.\n",
    );
  });

  it("writes the result to standard output and nothing to standard error when it can", async () => {
    const out = collecting();
    const err = collecting();
    const delivered = await deliverResult(
      { command: "npm start", what: "the summary", text: "OK\n", done: "The run was OK." },
      new OutputStream("standard output", out.stream),
      new OutputStream("standard error", err.stream),
    );
    expect(delivered).toBe(true);
    expect([out.text(), err.text()]).toEqual(["OK\n", ""]);
  });
});

describe("describeWriteError", () => {
  it("keeps Node's words and names the code", () => {
    const error = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
    });
    expect(describeWriteError(error)).toBe("no space left on device (ENOSPC)");
    expect(describeWriteError(new Error("stream destroyed"))).toBe("stream destroyed");
  });
});
