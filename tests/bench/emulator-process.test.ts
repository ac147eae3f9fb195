import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { E2eConfig, E2eResult } from "../../bench/children/e2e.mjs";
import { makeOrders } from "../../bench/data/orders";
import { startEmulatorProcess } from "../../bench/e2e/emulator-process";
import { runChild } from "../../bench/lib/child-runner";
import { bundleChild } from "../../bench/lib/children";
import { buildBundle, PROCESSOR_ENTRY } from "../../bench/sections/bundles";

// The emulator in a child process of its own (the e2e remote benchmark): it reports a working
// endpoint, takes setup and inspection over IPC, and never outlives the process that started it.

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !isRunning(pid);
}

describe("the emulator process", () => {
  let script: string;
  let dir: string;
  beforeAll(async () => {
    script = await bundleChild("bench/children/emulator.mts", { externalPackages: true });
    dir = mkdtempSync(join(tmpdir(), "emulator-process-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("serves SQS at the endpoint it reports, loads and counts messages over IPC, and exits on stop", async () => {
    const emulator = await startEmulatorProcess(script, { timeoutMs: 20_000 });
    try {
      expect(emulator.pid).not.toBe(process.pid);
      const sqs = new SQSClient({
        endpoint: emulator.endpoint,
        region: "us-east-1",
        credentials: { accessKeyId: "test", secretAccessKey: "test" },
        useQueueUrlAsEndpoint: false,
      });
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: "orders" }));
      const file = join(dir, "bodies.json");
      writeFileSync(file, JSON.stringify(["one", "two", "three"]));

      expect(await emulator.load("orders", file)).toBe(3);
      expect(await emulator.depths(["orders", "missing"])).toEqual({ orders: 3, missing: 0 });
      const received = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }),
      );
      expect(received.Messages?.map((m) => m.Body).sort()).toEqual(["one", "three", "two"]);
      expect(await emulator.cpuMs()).toBeGreaterThan(0);
      sqs.destroy();
    } finally {
      await emulator.stop();
    }
    expect(isRunning(emulator.pid)).toBe(false);
    expect(() => emulator.kill()).not.toThrow();
    await expect(emulator.depths(["orders"])).rejects.toThrow(/not running, cannot depths/);
  }, 30_000);

  it("reports a request that fails with the emulator's reason", async () => {
    const emulator = await startEmulatorProcess(script, { timeoutMs: 20_000 });
    try {
      await expect(emulator.load("orders", join(dir, "no-such-file.json"))).rejects.toThrow(
        /emulator process: .*no-such-file\.json/,
      );
    } finally {
      await emulator.stop();
    }
  }, 30_000);

  it("exits by itself when the process that started it dies", async () => {
    // A parent that forks the emulator, prints its pid, and is then killed without cleaning up.
    const parent = spawn(
      process.execPath,
      [
        "-e",
        `const c = require("node:child_process").fork(${JSON.stringify(script)}, [], { stdio: ["ignore", "ignore", "ignore", "ipc"] });
         c.on("message", (m) => { if (m.kind === "event" && m.event.kind === "ready") console.log(m.event.pid); });`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const pid = await new Promise<number>((resolve, reject) => {
      parent.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
      parent.once("exit", (code) => reject(new Error(`parent exited ${code} before reporting`)));
    });
    expect(isRunning(pid)).toBe(true);

    parent.kill("SIGKILL");

    expect(await waitUntilGone(pid, 5_000)).toBe(true);
  }, 30_000);

  it("rejects, naming the script, when the child exits before it is ready", async () => {
    const broken = join(dir, "broken.mjs");
    writeFileSync(broken, "process.exit(3);\n");
    await expect(startEmulatorProcess(broken, { timeoutMs: 10_000 })).rejects.toThrow(
      /emulator process: not ready: broken\.mjs exited \(3\) without a result, while starting/,
    );
  }, 30_000);
});

describe("one e2e run with the emulator in-process and in its own process", () => {
  const orders = makeOrders({ count: 200 });
  const expectedSuccess = orders.filter((o) => o.failure === null).length;
  let dir: string;
  let base: Omit<E2eConfig, "emulatorScript">;
  let child: string;
  let emulatorScript: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "e2e-child-"));
    const ordersFile = join(dir, "orders.json");
    writeFileSync(ordersFile, JSON.stringify(orders.map((o) => o.body)));
    child = await bundleChild("bench/children/e2e.mts", { externalPackages: true });
    emulatorScript = await bundleChild("bench/children/emulator.mts", { externalPackages: true });
    const ours = await buildBundle(PROCESSOR_ENTRY, "processor-emulator-process-test");
    base = {
      handlerFile: ours.file,
      ordersFile,
      filterPolicies: true,
      batchSize: 100,
      maximumBatchingWindowSeconds: 1,
      batchingWindowMs: 100,
      stallTimeoutMs: 20_000,
    };
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (config: E2eConfig) =>
    runChild<E2eResult>(child, {
      env: { BENCH_E2E_CONFIG: JSON.stringify(config) },
      timeoutMs: 30_000,
    });

  it("processes and delivers every order either way, with one SNS call per 10 outcomes", async () => {
    const embedded = await run(base);
    const remote = await run({ ...base, emulatorScript });

    for (const result of [embedded, remote]) {
      expect(result).toMatchObject({
        orders: 200,
        deleted: 200,
        retried: 0,
        dead_lettered: 0,
        delivered: { fulfilment: expectedSuccess, "failure-alerts": 200 - expectedSuccess },
      });
      // One PublishBatch per 10 outcomes of a topic: 20 for two full batches of 100, and at most
      // one more call per topic for each further batch a loaded machine splits the 200 into.
      expect(result.sns_calls).toBeGreaterThanOrEqual(20);
      expect(result.sns_calls).toBeLessThanOrEqual(20 + 2 * (result.invocations - 2));
      expect(result.invocations).toBeGreaterThanOrEqual(2);
      expect(result.msgs_per_s).toBeGreaterThan(0);
    }
    expect(embedded.emulator_cpu_ms).toBeUndefined();
    expect(remote.emulator_cpu_ms).toBeGreaterThan(0);
  }, 60_000);
});
