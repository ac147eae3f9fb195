import { spawn } from "node:child_process";
import { dirname, join } from "node:path";

/** How a child process ended, and everything it printed (stdout and stderr in arrival order). */
export interface ChildResult {
  status: number;
  output: string;
}

/**
 * Runs `command <args>` without a shell, capturing its output when `capture` is set and passing
 * it through otherwise (then `output` is empty).
 */
export function runCommand(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; capture: boolean },
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...options.env },
      stdio: options.capture ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output += chunk.toString("utf8");
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ status: code ?? (signal ? 1 : 0), output }));
  });
}

/** `node <args>` with this process's Node (the pinned one); see runCommand. */
export function runNode(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; capture: boolean },
): Promise<ChildResult> {
  return runCommand(process.execPath, args, options);
}

/** The vitest CLI of this repository's node_modules, wherever (and however) they are installed. */
export function vitestCli(): string {
  const manifest = require.resolve("vitest/package.json");
  const { bin } = require(manifest) as { bin: { vitest: string } };
  return join(dirname(manifest), bin.vitest);
}

/** `vitest run --project contract <files>` (the contract project: one file at a time). */
export function contractVitestArgs(files: string[]): string[] {
  return [vitestCli(), "run", "--project", "contract", ...files];
}
