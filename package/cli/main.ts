import { createReadStream } from "node:fs";
import { readBounded } from "./read-bounded";
import { type CliIo, runCli } from "./run";

// The package's `bin`: gen bundles this file into generated/cli.cjs.

const io: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  // Streamed with a bound: reading a whole file at once would never end on /dev/zero or a FIFO.
  readFile: (path, maxBytes) => readBounded(createReadStream(path), maxBytes),
  readStdin: (maxBytes) => {
    // On a terminal, `-` waits for typing: say how to end it, so it does not look like a hang.
    if (process.stdin.isTTY) process.stderr.write("Reading standard input; end it with Ctrl-D.\n");
    return readBounded(process.stdin, maxBytes);
  },
};

// `… | head` closes the pipe early: stop quietly instead of crashing with EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
