/**
 * Thrown when an input holds more bytes than the CLI reads: a huge file, `/dev/zero`, or a pipe
 * that never ends. Reading stopped at the bound, so the CLI never hangs or runs out of memory.
 */
export class InputTooLargeError extends Error {
  override readonly name = "InputTooLargeError";

  constructor(readonly maxBytes: number) {
    super(`more than ${maxBytes} bytes`);
  }
}

/**
 * Reads a byte stream to its end as UTF-8, or stops as soon as it holds more than `maxBytes`
 * (the stream is then destroyed: a file is closed, a pipe's writer gets EPIPE) and throws
 * InputTooLargeError. Errors of the stream (ENOENT, EISDIR, EACCES…) are thrown as they are.
 *
 * @example await readBounded(createReadStream("order.json"), 16 * 1024 * 1024)
 */
export async function readBounded(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number,
): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  // Leaving the loop early (the throw) calls the stream's return(), which destroys it.
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    bytes += buffer.length;
    if (bytes > maxBytes) throw new InputTooLargeError(maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
