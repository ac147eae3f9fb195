import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { InputTooLargeError, readBounded } from "../../package/cli/read-bounded";

/** A stream that never ends, like /dev/zero or `yes`; counts the chunks it handed out. */
function endless(): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const stream = new Readable({
    read() {
      pulled++;
      this.push(Buffer.alloc(64 * 1024));
    },
  });
  return { stream, pulled: () => pulled };
}

describe("readBounded", () => {
  it("stops an endless stream past the bound, destroys it, and throws InputTooLargeError", async () => {
    const { stream, pulled } = endless();
    const error = await readBounded(stream, 1024 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect((error as InputTooLargeError).maxBytes).toBe(1024 * 1024);
    expect(stream.destroyed).toBe(true);
    // It stopped near the bound, not after reading far more (a few chunks of read-ahead).
    expect(pulled()).toBeLessThan(1024 / 64 + 4);
  });

  it("returns the whole text when it fits, decoding a character split across chunks", async () => {
    const bytes = Buffer.from('{"name":"Zoë €"}', "utf8");
    const euro = bytes.indexOf(0xe2);
    const chunks = [bytes.subarray(0, euro + 1), bytes.subarray(euro + 1)];
    expect(await readBounded(Readable.from(chunks), bytes.length)).toBe('{"name":"Zoë €"}');
  });

  it("counts bytes, not characters", async () => {
    const text = "€€€"; // 9 bytes in UTF-8
    await expect(readBounded(Readable.from([Buffer.from(text)]), 8)).rejects.toThrow(
      "more than 8 bytes",
    );
    expect(await readBounded(Readable.from([Buffer.from(text)]), 9)).toBe(text);
  });

  it("passes on the stream's own errors", async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error("ENOENT: no such file"), { code: "ENOENT" }));
      },
    });
    await expect(readBounded(failing, 10)).rejects.toMatchObject({ code: "ENOENT" });
  });
});
