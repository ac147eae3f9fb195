// What the local tools (npm start, replay, soak, send) write for a person or a script: an output
// that cannot be written (a full disk, a closed pipe) must never stop or change what they run.

/** Exit status of a local tool whose result could not be written (the work itself was done). */
export const OUTPUT_NOT_WRITTEN_EXIT = 2;

/** The part of a stream an output needs: Node's process.stdout / stderr, or any Writable. */
export interface WritableTarget {
  readonly isTTY?: boolean;
  write(text: string, callback: (error?: Error | null) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
}

/**
 * One output of a tool (standard output, standard error) that never throws and never crashes the
 * process: a write that fails is kept as the output's `failure`, and every later write is dropped,
 * so the tool finishes what it runs and says once, elsewhere, what was not written. Node reports a
 * failed write to a file or pipe as an 'error' event, which would end the process; this listens
 * for it.
 *
 * @example
 * const stdout = new OutputStream("standard output", process.stdout);
 * if (!(await stdout.write(summary))) process.stderr.write(`cannot write the summary: ${describeWriteError(stdout.failure)}\n`);
 */
export class OutputStream {
  private firstFailure: Error | undefined;
  private readonly failureListeners: ((error: Error) => void)[] = [];

  constructor(
    /** How messages name it: "standard output", "standard error". */
    readonly name: string,
    private readonly target: WritableTarget,
  ) {
    target.on("error", (error) => this.fail(error));
  }

  /** Whether it is a terminal (progress lines are rewritten in place there). */
  get isTTY(): boolean {
    return this.target.isTTY === true;
  }

  /** The first write error, or undefined while every write succeeded. */
  get failure(): Error | undefined {
    return this.firstFailure;
  }

  /** Calls `listener` once, with the error, when the first write fails. */
  onFailure(listener: (error: Error) => void): void {
    this.failureListeners.push(listener);
  }

  /**
   * Writes `text` and resolves once it is written: true, or false when this write or an earlier
   * one failed (then nothing is written). Never rejects, so callers may also ignore the promise.
   */
  write(text: string): Promise<boolean> {
    if (this.firstFailure) return Promise.resolve(false);
    return new Promise((resolve) => {
      try {
        this.target.write(text, (error) => {
          if (error) this.fail(error);
          resolve(!error);
        });
      } catch (error) {
        this.fail(error as Error);
        resolve(false);
      }
    });
  }

  private fail(error: Error): void {
    if (this.firstFailure) return;
    this.firstFailure = error;
    for (const listener of this.failureListeners) listener(error);
  }
}

/**
 * A write error as a person reads it, e.g. "no space left on device (ENOSPC)".
 *
 * @example describeWriteError(Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }))
 */
export function describeWriteError(error: Error | undefined): string {
  if (!error) return "unknown error";
  const code = (error as NodeJS.ErrnoException).code;
  // Node's messages read "ENOSPC: no space left on device, write": keep the words, name the code.
  const words = error.message.replace(/^[A-Z_]+: /, "").replace(/, (write|open)$/, "");
  return code && words !== code ? `${words} (${code})` : words;
}

/** A command's result, and what to say was done when it cannot be written. */
export interface CommandResult {
  /** The command as a person typed it: "npm start". */
  readonly command: string;
  /** What the text is: "the summary", "the result". */
  readonly what: string;
  readonly text: string;
  /** One sentence saying what was done all the same, so that a person does not repeat it. */
  readonly done: string;
}

/**
 * Writes a command's result to standard output. When that fails, says on standard error what
 * could not be written and what was done all the same, and resolves false: the command then
 * exits with OUTPUT_NOT_WRITTEN_EXIT.
 *
 * @example
 * const result = { command: "npm run send", what: "the message id", text, done: `Message ${id} was sent.` };
 * if (!(await deliverResult(result, stdout, stderr))) return OUTPUT_NOT_WRITTEN_EXIT;
 */
export async function deliverResult(
  result: CommandResult,
  stdout: OutputStream,
  stderr: OutputStream,
): Promise<boolean> {
  if (await stdout.write(result.text)) return true;
  await stderr.write(
    `${result.command}: cannot write ${result.what} to ${stdout.name}: ${describeWriteError(stdout.failure)}. ${result.done}\n`,
  );
  return false;
}
