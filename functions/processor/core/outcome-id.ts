import { hash } from "node:crypto";
import type { OutcomeSource } from "../../../generated/types";

/** Namespace of every outcome id (a fixed random UUID): ids stay stable across releases. */
export const OUTCOME_ID_NAMESPACE = "c730934a-31aa-4b29-98d7-0502e529eb7c";

// Pays for itself in the cpu row "step: outcome id (UUID v5)" (docs/processor.md).
const SCRATCH = Buffer.allocUnsafe(4096);
let scratchNamespace = "";

function namespaceBytes(namespace: string): Buffer {
  const ns = Buffer.from(namespace.replaceAll("-", ""), "hex");
  if (ns.length !== 16) throw new Error(`namespace "${namespace}" is not a UUID`);
  return ns;
}

/**
 * The namespace's bytes followed by the name's UTF-8, written into SCRATCH when it fits (the
 * namespace only when it changed), for a one-shot `crypto.hash`.
 */
function hashInput(name: string, namespace: string): Buffer {
  if (name.length * 3 > SCRATCH.length - 16) {
    return Buffer.concat([namespaceBytes(namespace), Buffer.from(name, "utf8")]);
  }
  if (namespace !== scratchNamespace) {
    namespaceBytes(namespace).copy(SCRATCH, 0);
    scratchNamespace = namespace;
  }
  return SCRATCH.subarray(0, 16 + SCRATCH.write(name, 16, "utf8"));
}

/** "89ab" by the two low bits of a hex digit: the RFC variant (10xx) of the variant nibble. */
const VARIANT = "89ab89ab89ab89ab";

/**
 * RFC 9562 (formerly 4122) version 5 UUID: SHA-1 of the namespace's 16 bytes and the name's UTF-8.
 *
 * @example uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")
 * // → "2ed6657d-e927-568b-95e1-2665a8aea6a2"
 */
export function uuidV5(name: string, namespace: string): string {
  const hex = hash("sha1", hashInput(name, namespace), "hex");
  const c = hex.charCodeAt(16);
  const variant = VARIANT[c <= 0x39 ? c - 0x30 : c - 0x57]; // 0-9, a-f
  // Version 5 in the 13th digit, the variant in the 17th, the rest of the first 16 bytes as they are.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
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
