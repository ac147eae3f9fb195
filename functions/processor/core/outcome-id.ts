import { createHash } from "node:crypto";
import type { OutcomeSource } from "../../../generated/types";

/** Namespace of every outcome id (a fixed random UUID): ids stay stable across releases. */
export const OUTCOME_ID_NAMESPACE = "c730934a-31aa-4b29-98d7-0502e529eb7c";

/**
 * RFC 9562 (formerly 4122) version 5 UUID: SHA-1 of the namespace's 16 bytes and the name's UTF-8.
 *
 * @example uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")
 * // → "2ed6657d-e927-568b-95e1-2665a8aea6a2"
 */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replaceAll("-", ""), "hex");
  if (ns.length !== 16) throw new Error(`namespace "${namespace}" is not a UUID`);
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50; // version 5
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80; // RFC variant
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The outcome id of an input: a UUID v5 of where it came from and its message id. Only stable facts
 * go into the name (queue ARN and SQS message id; or the async request id, which Lambda keeps across
 * its retries), never the receive count or the clock, so every redelivery yields the same id.
 *
 * @example outcomeIdFor({ kind: "sqs", queue_arn: arn, receive_count: 2 }, messageId)
 * // same as with receive_count: 1
 */
export function outcomeIdFor(source: OutcomeSource, messageId: string): string {
  const origin = source.kind === "sqs" ? `sqs\n${source.queue_arn}` : "async_invocation";
  return uuidV5(`${origin}\n${messageId}`, OUTCOME_ID_NAMESPACE);
}
