// The local runtime's capture of function logs, with a log file that opens but cannot be written
// (/dev/full, as on a full disk): the functions log through the real Powertools Logger, as
// POWERTOOLS_DEV makes them do under `npm start`.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Logger } from "@aws-lambda-powertools/logger";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FunctionLogCapture, type FunctionLogRecord } from "../../local/functions/log-capture";

let capture: FunctionLogCapture | undefined;
const devBefore = process.env.POWERTOOLS_DEV;

beforeEach(() => {
  // Powertools writes through the global console only in dev mode, read when a Logger is made.
  process.env.POWERTOOLS_DEV = "true";
});

afterEach(() => {
  capture?.uninstall();
  capture = undefined;
  if (devBefore === undefined) delete process.env.POWERTOOLS_DEV;
  else process.env.POWERTOOLS_DEV = devBefore;
});

function installed(options: { file: string }): {
  capture: FunctionLogCapture;
  records: FunctionLogRecord[];
  failures: Error[];
} {
  const records: FunctionLogRecord[] = [];
  const failures: Error[] = [];
  capture = new FunctionLogCapture(options);
  capture.onRecord((record) => records.push(record));
  capture.onFileFailure((error) => failures.push(error));
  capture.install();
  return { capture, records, failures };
}

describe("FunctionLogCapture with a log file that cannot be written", () => {
  it("never throws into the function that logs, keeps every record, and reports the failure once", () => {
    const { capture, records, failures } = installed({ file: "/dev/full" });
    const logger = new Logger({ serviceName: "fulfilment" });

    for (let i = 0; i < 5; i++) {
      expect(() => logger.info("order fulfilled", { order_id: `ORD-${i}` })).not.toThrow();
    }
    expect(() => logger.error("cannot fulfil")).not.toThrow();

    // The runtime still sees every record (the consumers' summary is read from them).
    expect(records.map((r) => [r.service, r.level, r.message])).toEqual([
      ...Array.from({ length: 5 }, () => ["fulfilment", "INFO", "order fulfilled"]),
      ["fulfilment", "ERROR", "cannot fulfil"],
    ]);
    expect(capture.counts.get("fulfilment:INFO")).toBe(5);
    // One failure, not one per record; the file is not tried again.
    expect(failures).toHaveLength(1);
    expect((failures[0] as NodeJS.ErrnoException).code).toBe("ENOSPC");
    expect(capture.fileReport()).toEqual({
      path: "/dev/full",
      recordsWritten: 0,
      recordsNotWritten: 6,
      failure: failures[0],
    });
  });

  it("writes one JSON line per record to a file it can write, and reports no failure", () => {
    const dir = mkdtempSync(join(tmpdir(), "log-capture-"));
    const file = join(dir, "run.log");
    try {
      const { capture, failures } = installed({ file });
      const logger = new Logger({ serviceName: "failure-alerts" });
      logger.info("alert raised", { severity: "high" });
      logger.warn("slow");
      capture.uninstall();

      const lines = readFileSync(file, "utf8")
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => [l.service, l.level, l.message])).toEqual([
        ["failure-alerts", "INFO", "alert raised"],
        ["failure-alerts", "WARN", "slow"],
      ]);
      expect(lines[0].severity).toBe("high");
      expect(failures).toEqual([]);
      expect(capture.fileReport()).toEqual({
        path: file,
        recordsWritten: 2,
        recordsNotWritten: 0,
        failure: undefined,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("has no file report without a file", () => {
    capture = new FunctionLogCapture();
    expect(capture.fileReport()).toBeUndefined();
  });
});
