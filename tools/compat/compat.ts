/**
 * How a schema change affects the two sides of a message contract, in the spirit of Confluent
 * Schema Registry's compatibility types:
 * - FULL: the new schema accepts exactly what matters from the old one both ways: safe for
 *   consumers and for producers, in any deployment order.
 * - BACKWARD: the new schema accepts everything the old one did (it widened): safe for producers,
 *   messages already produced still validate; consumers must upgrade before producers use it.
 * - FORWARD: the old schema accepts everything the new one does (it narrowed): safe for consumers
 *   still on the old schema; producers may upgrade first.
 * - NONE: neither: breaking.
 */
export type Compat = "FULL" | "BACKWARD" | "FORWARD" | "NONE";

/** What a schema requires of its changes (Confluent's subject compatibility level). */
export type Mode = "FULL" | "BACKWARD" | "FORWARD";

/** The compatibility of two changes applied together. */
export function meet(a: Compat, b: Compat): Compat {
  if (a === b) return a;
  if (a === "FULL") return b;
  if (b === "FULL") return a;
  return "NONE";
}

/** FULL, BACKWARD, FORWARD or NONE from the two directions. */
export function fromDirections(backward: boolean, forward: boolean): Compat {
  if (backward && forward) return "FULL";
  if (backward) return "BACKWARD";
  if (forward) return "FORWARD";
  return "NONE";
}

/** Whether a change of compatibility `compat` is allowed in place by a schema of mode `mode`. */
export function allowedBy(mode: Mode, compat: Compat): boolean {
  return compat === "FULL" || compat === mode;
}

/** How the report names each class: what it means for the people on each side. */
export const COMPAT_LABEL: Record<Compat, string> = {
  FULL: "FULL (safe for consumers and producers)",
  BACKWARD: "BACKWARD (safe for producers; consumers upgrade first)",
  FORWARD: "FORWARD (safe for consumers; producers upgrade first)",
  NONE: "BREAKING (safe for neither)",
};
