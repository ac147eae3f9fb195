// The commands a user types: `npm start` (as its script runs it) and `npm run replay` against a
// pipeline left running with --keep-running; and each of them writing to /dev/full (a file that
// opens but cannot be written, as on a full disk) without breaking what it runs.
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetQueueUrlCommand, SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { describe, expect, it } from "vitest";
import { buildTopology } from "../../topology/build";
import { repoRoot } from "../support/paths";

const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
const maxReceiveCount = buildTopology().queues.find((q) => q.key === "orders")?.redrive
  ?.maxReceiveCount as number;

/** Which of the child's outputs goes to /dev/full instead of a pipe the test reads. */
type FullOutput = "stdout" | "stderr" | undefined;

function run(
  script: string,
  args: string[],
  full?: FullOutput,
): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const devFull = full ? openSync("/dev/full", "w") : undefined;
  const child = spawn(tsx, ["--disable-warning=ExperimentalWarning", script, ...args], {
    cwd: repoRoot,
    env: { ...process.env, AWS_ENDPOINT_URL: "" },
    stdio: ["pipe", full === "stdout" ? devFull : "pipe", full === "stderr" ? devFull : "pipe"],
  });
  if (devFull !== undefined) closeSync(devFull); // the child holds its own copy
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

describe("npm start", () => {
  it("runs the demo and prints one JSON summary with nothing unaccounted (--json), even when its --log-file cannot be written", async () => {
    const { code, stdout, stderr } = await run("local/main.ts", [
      "--orders",
      "20",
      "--seed",
      "5",
      "--json",
      "--log-file",
      "/dev/full",
    ]).done;
    expect(code, stderr).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({
      ok: true,
      sent: 20 + 2 + 4,
      dead_lettered: 2,
      unaccounted: 0,
      multiply_accounted: 0,
      not_as_expected: 0,
      settled: true,
      progress_error: null,
    });
    expect(summary.success_outcomes + summary.failure_outcomes + summary.dead_lettered).toBe(
      summary.sent,
    );
    // The full log file never reached the functions: no batch failed, every async order ended
    // as its kind should, and the summary says what the file holds.
    expect(summary.mappings["processor-orders"].wholeBatchFailures).toBe(0);
    expect(summary.log_file).toMatchObject({
      path: "/dev/full",
      records_written: 0,
      error: "no space left on device (ENOSPC)",
    });
    expect(summary.log_file.records_not_written).toBeGreaterThan(summary.sent);
    // Reported once, as it happened, naming the file.
    expect(stderr.match(/cannot write the log file/g)).toHaveLength(1);
    expect(stderr).toContain(
      "npm start: cannot write the log file /dev/full: no space left on device (ENOSPC). Function logs are no longer written to it; the run goes on",
    );
    expect(stderr).toMatch(/sent 26 · success \d+/);
    // While it waits, it says what is still moving and why.
    expect(stderr).toMatch(
      new RegExp(
        `still moving 2: 2 poisoned orders on their way to the DLQ \\(receive [1-${maxReceiveCount}] of ${maxReceiveCount}\\)`,
      ),
    );
  });

  it("refuses a --log-file it cannot write, at once, with exit 2 and nothing started", async () => {
    const dir = mkdtempSync(join(tmpdir(), "npm-start-log-"));
    try {
      for (const [path, why] of [
        [join(dir, "no-such-folder", "run.log"), "its folder does not exist"],
        [dir, "it is a folder"],
      ] as const) {
        const { code, stdout, stderr } = await run("local/main.ts", ["--log-file", path]).done;
        expect(stderr).toContain(
          `npm start: cannot write the log file ${path}: ${why}. Nothing was started.`,
        );
        expect(stderr).toContain("Pass --log-file a file in a folder you can write to");
        expect(stderr).not.toMatch(/sent \d+/); // no progress: no traffic was sent
        expect(stdout).toBe("");
        expect(code).toBe(2);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("never lets its own output stop what it runs: a summary, progress or soak report that cannot be written", async () => {
    const [summaryLost, progressLost, reportLost] = await Promise.all([
      run("local/main.ts", ["--orders", "0", "--invocations", "1"], "stdout").done,
      run("local/main.ts", ["--orders", "0", "--invocations", "1"], "stderr").done,
      run("tools/soak/main.ts", ["--orders", "1", "--fault-rate", "0"], "stdout").done,
    ]);
    // The summary: what it would have said goes to stderr, and exit 2 tells a script it is missing.
    expect(summaryLost.stderr).toContain(
      "npm start: cannot write the summary to standard output: no space left on device (ENOSPC). The run was OK: 1 inputs, 1 success, 0 failure, 0 in the DLQ, 0 unaccounted.",
    );
    expect(summaryLost.code).toBe(2);
    // The progress lines: the run goes on, and its summary says they were lost.
    expect(progressLost.stdout).toContain(
      "Progress lines could not be written to standard error: no space left on device (ENOSPC); this run was not affected.",
    );
    expect(progressLost.stdout).toContain("OK: nothing unaccounted.");
    expect(progressLost.code).toBe(0);
    // The soak's report, likewise.
    expect(reportLost.stderr).toContain(
      "npm run soak: cannot write the report to standard output: no space left on device (ENOSPC). The soak passed: 0 of 1 orders unaccounted.",
    );
    expect(reportLost.code).toBe(2);
  });

  it("refuses a bad option with a message that says what is wrong", async () => {
    const { code, stderr } = await run("local/main.ts", ["--orders", "many"]).done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/--orders must be a whole number from 0 to 100000, got "many"/);
  });

  it("keeps running when asked: `npm run replay` moves the DLQ back, and what the user sends by hand is reported as theirs, OK", async () => {
    const started = run("local/main.ts", [
      "--orders",
      "10",
      "--invocations",
      "0",
      "--keep-running",
    ]);
    const sentByHand: string[] = [];
    try {
      const endpoint = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error("npm start did not say it keeps running")),
          40_000,
        );
        let text = "";
        started.child.stderr?.on("data", (d) => {
          text += d;
          const match = /Still running: the emulator at (http:\/\/[0-9.:]+)/.exec(text);
          if (match?.[1] && text.includes("npm run replay")) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
      });
      const replay = await run("tools/replay/main.ts", ["--endpoint", endpoint, "--json"]).done;
      expect(replay.code, replay.stderr).toBe(0);
      expect(JSON.parse(replay.stdout)).toMatchObject({
        moved: 2,
        failed: 0,
        strategy: "receive-send-delete",
      });
      // A result that cannot be written: stderr says what moved (nothing left now), exit 2.
      const unwritten = await run("tools/replay/main.ts", ["--endpoint", endpoint], "stdout").done;
      expect(unwritten.stderr).toMatch(
        /^npm run replay: cannot write the result to standard output: no space left on device \(ENOSPC\)\. Moved 0 message\(s\) from \S+orders-dlq to \S+orders \(receive-send-delete\)\.$/m,
      );
      expect(unwritten.code).toBe(2);

      // By hand, as the banner shows: the example order, a body from standard input, and a
      // schema violation sent with the SQS SDK itself.
      const example = await run("tools/send/main.ts", ["--endpoint", endpoint]).done;
      expect(example.code, example.stderr).toBe(0);
      // Piped, with its standard output on a full disk: the message is sent all the same, and
      // stderr names it so that nobody sends it twice.
      const piped = run("tools/send/main.ts", ["--endpoint", endpoint, "-"], "stdout");
      piped.child.stdin?.end("not an order");
      const pipedDone = await piped.done;
      expect(pipedDone.stderr).toContain(
        "npm run send: cannot write the message id to standard output: no space left on device (ENOSPC). Sent message ",
      );
      expect(pipedDone.stderr).toContain("Do not send it again.");
      expect(pipedDone.code).toBe(2);
      for (const out of [example.stdout, pipedDone.stderr]) {
        const id = /Sent message (\S+) \(\d+ bytes\) to arn:aws:sqs:[^:]+:\d+:orders\./.exec(
          out,
        )?.[1];
        expect(id, out).toBeDefined();
        sentByHand.push(id as string);
      }
      const sqs = new SQSClient({
        endpoint,
        region: "us-east-1",
        useQueueUrlAsEndpoint: false,
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
      });
      const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: "orders" }));
      const { MessageId } = await sqs.send(
        new SendMessageCommand({ QueueUrl, MessageBody: JSON.stringify({ order_id: "by-hand" }) }),
      );
      sentByHand.push(MessageId as string);
      sqs.destroy();
    } finally {
      started.child.kill("SIGINT");
    }
    const { code, stdout } = await started.done;
    const [first, atExit = ""] = stdout.split("Summary at exit");
    expect(first).toMatch(/Dead-letter queues: orders-dlq 2,/);
    expect(first).toContain(
      `Injected publish faults: ${2 * maxReceiveCount} PublishBatch entries failed, 0 calls refused.\n  All on purpose: the 2 poisoned orders`,
    );
    expect(atExit).toMatch(/Dead-letter queues: orders-dlq 0,/);
    expect(atExit).toMatch(/valid, publish always fails +queue +2 +2 +0 +0 +0/);
    expect(atExit).toContain(
      "Your own inputs: 3 sent by hand while it kept running (not counted above): 1 success, 2 failure, 0 in the DLQ",
    );
    const [example, piped, sdk] = sentByHand;
    expect(atExit).toMatch(new RegExp(`^ {2}${example} +success outcome +"\\{`, "m"));
    expect(atExit).toMatch(
      new RegExp(`^ {2}${piped} +failure outcome INVALID_JSON +"not an order"`, "m"),
    );
    expect(atExit).toMatch(new RegExp(`^ {2}${sdk} +failure outcome SCHEMA_VIOLATION `, "m"));
    expect(atExit).toMatch(
      /OK: nothing unaccounted\. Each of the 12 inputs ended exactly once .*, each of your 3 own inputs too/,
    );
    expect(code).toBe(0);
  });
});

describe("npm run send", () => {
  // run() clears AWS_ENDPOINT_URL, so "no endpoint" is really none.
  const send = (args: string[]) => run("tools/send/main.ts", args).done;

  it("refuses with exit 2, saying what to pass: no endpoint, not a URL, a missing file, /dev/zero", async () => {
    const cases: [string[], string][] = [
      [[], "say where the pipeline is: --endpoint URL"],
      [["--endpoint", "localhost"], "--endpoint must be an http(s) URL"],
      [
        ["--endpoint", "http://127.0.0.1:1", "no-such-order.json"],
        "cannot read no-such-order.json: no such file",
      ],
      [
        ["--endpoint", "http://127.0.0.1:1", "/dev/zero"],
        "/dev/zero has more than 1048576 bytes, SQS's largest message; nothing was sent.",
      ],
      [["--endpoint", "http://127.0.0.1:1", "a.json", "b.json"], "one FILE at most"],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await send(args);
      expect(stderr, args.join(" ")).toContain(message);
      expect(code, args.join(" ")).toBe(2);
    }
  });

  it("exits 1 naming the endpoint when nothing answers there", async () => {
    const { code, stderr } = await send(["--endpoint", "http://127.0.0.1:1"]);
    expect(stderr).toContain(
      "npm run send: cannot reach http://127.0.0.1:1 (ECONNREFUSED). Is npm start -- --keep-running still running",
    );
    expect(code).toBe(1);
  });
});
