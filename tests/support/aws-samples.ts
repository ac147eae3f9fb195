import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { awsSamplesDir } from "./paths";

/** Names of the AWS sample payloads (every file but SOURCES.md). */
export function listAwsSamples(): string[] {
  return readdirSync(awsSamplesDir)
    .filter((f) => f.endsWith(".json"))
    .sort();
}

/** Reads one AWS sample as JSON; two .NET fixtures start with a UTF-8 BOM, which JSON.parse refuses. */
export function readAwsSample(name: string): unknown {
  return JSON.parse(readFileSync(join(awsSamplesDir, name), "utf8").replace(/^\uFEFF/, ""));
}

const PLACEHOLDER = /^<[a-z0-9-]+(:\d+)?>$/;
const EPOCH_MS_KEYS = new Set(["SentTimestamp", "ApproximateFirstReceiveTimestamp"]);
const ISO_KEYS = new Set(["timestamp", "Timestamp", "time"]);

/**
 * LocalStack records real AWS payloads, then normalises them: timestamps become `"date"` or
 * `"sent-timestamp"`, ids become `<uuid:1>` (see SOURCES.md). Our schemas check the format of
 * timestamps only, so this puts realistic values back where a format is checked and leaves every
 * other placeholder as it is: the samples still test shape and field presence, not values.
 */
export function withRealisticPlaceholders(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((v) => withRealisticPlaceholders(v));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, withRealisticPlaceholders(v, k)]),
    );
  }
  if (typeof value !== "string") return value;
  if (EPOCH_MS_KEYS.has(key) && (value === "sent-timestamp" || PLACEHOLDER.test(value))) {
    return "1732489628000";
  }
  if (ISO_KEYS.has(key) && value === "date") return "2025-11-24T23:11:08.000Z";
  return value;
}
