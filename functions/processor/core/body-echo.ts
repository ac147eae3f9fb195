import { createHash } from "node:crypto";
import { utf8Length } from "../../../lib/validation";

/** The body fields of an outcome: the body itself, or a description of it when too large to echo. */
export interface BodyEcho {
  body: string;
  body_truncated?: true;
  body_bytes?: number;
  body_sha256?: string;
}

/**
 * Describes a body it does not echo: empty `body`, `body_truncated: true`, its UTF-8 length and the
 * lower-case hex SHA-256 of its UTF-8 bytes, so a consumer can still match it to the original.
 *
 * @example truncatedBody("x".repeat(100_000)) // → { body: "", body_truncated: true, body_bytes: 100000, body_sha256: "…" }
 */
export function truncatedBody(body: string): BodyEcho {
  const bytes = Buffer.from(body, "utf8");
  return {
    body: "",
    body_truncated: true,
    body_bytes: bytes.length,
    body_sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

/**
 * Echoes `body` when it has at most `maxEchoBytes` UTF-8 bytes, else describes it (`truncatedBody`).
 * The SNS size check (`fitOutcome`) may still truncate an echo whose JSON escaping makes it too large.
 *
 * @example echoBody('{"order_id":"A1"}', 65_536) // → { body: '{"order_id":"A1"}' }
 */
export function echoBody(body: string, maxEchoBytes: number): BodyEcho {
  const fits = body.length <= maxEchoBytes / 3 || utf8Length(body) <= maxEchoBytes;
  return fits ? { body } : truncatedBody(body);
}
