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

// `… | head` closes the pipe early: stop quietly instead of crashing with EPIPE. Any other write
// error (a full disk) loses verdicts: say so, and exit 2 whatever the documents' verdicts were.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(
    `error: cannot write the verdicts to standard output: ${error.message}. Write them to a file on a disk with free space, or to a pipe.\n`,
  );
  process.exit(2);
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
