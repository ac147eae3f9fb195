import { SCHEMAS_POINTER } from "./asyncapi-schemas";

/** What a message is to the pipeline; it decides which field correlates it. */
export type MessageRole = "published" | "destination-record" | "envelope" | "produced";

/** An AsyncAPI Correlation ID Object, kept under `components.correlationIds`. */
export interface CorrelationId {
  description: string;
  location: string;
}

/**
 * Which field ties a message to what caused it, per kind of message (the document's
 * `components.correlationIds`, referred to by every message):
 * - an order and its outcomes: `correlation_id`, the producer's own id for the order, which the
 *   processor copies onto the outcome (`outcome_id` is the dedupe key: it names the outcome
 *   itself, it does not link it to anything);
 * - a Lambda destination record: `requestContext.requestId`, the asynchronous invocation's
 *   request id: the only id every record has (its requestPayload may be anything), and the one the
 *   outcome of that invocation names in `source.request_id`;
 * - an SNS envelope: `MessageId`, the id SNS gave the publish; the envelope's `Message` is text,
 *   so no location can point inside it.
 */
export const CORRELATION_IDS: Record<string, CorrelationId & { roles: MessageRole[] }> = {
  orderCorrelationId: {
    roles: ["produced", "published"],
    description:
      "The producer's correlation_id for the order (optional, 1 to 128 printable characters), copied by the processor onto the order's outcome. Absent when the order had none; the outcome's message_id then names its input (the SQS message id, or the request id of an asynchronous invocation). outcome_id is the key to deduplicate on, not a correlation.",
    location: "$message.payload#/correlation_id",
  },
  invocationRequestId: {
    roles: ["destination-record"],
    description:
      "The request id of the asynchronous invocation the record reports on. Every record has it (requestPayload may be any JSON); the outcome the processor returned for that invocation names it in source.request_id.",
    location: "$message.payload#/requestContext/requestId",
  },
  snsMessageId: {
    roles: ["envelope"],
    description:
      "The id SNS gave the publish: PublishBatch returned it to the publisher, and every subscription's envelope of that publish carries it. The published message's own ids are inside Message, which is text.",
    location: "$message.payload#/MessageId",
  },
};

/**
 * The key under `components.correlationIds` of a message in `role`.
 *
 * @example correlationIdFor("envelope") // "snsMessageId"
 */
export function correlationIdFor(role: MessageRole): string {
  const found = Object.entries(CORRELATION_IDS).find(([, c]) => c.roles.includes(role));
  if (!found) throw new Error(`asyncapi: no correlation id for a ${role} message`);
  return found[0];
}

/**
 * `components.correlationIds`: each Correlation ID Object, without the roles.
 *
 * @example correlationIdComponents().snsMessageId.location // "$message.payload#/MessageId"
 */
export function correlationIdComponents(): Record<string, CorrelationId> {
  return Object.fromEntries(
    Object.entries(CORRELATION_IDS).map(([key, { description, location }]) => [
      key,
      { description, location },
    ]),
  );
}

type SchemaNode = { [keyword: string]: unknown };

/**
 * Whether `location` (`$message.payload#/a/b`) names a property the payload schema declares,
 * following `#/components/schemas/…` references and the branches of allOf/anyOf/oneOf.
 *
 * @example declaresLocation("$message.payload#/MessageId", components.SnsNotification, components) // true
 */
export function declaresLocation(
  location: string,
  payload: SchemaNode,
  components: Record<string, SchemaNode>,
): boolean {
  const path = /^\$message\.payload#\/(.+)$/.exec(location)?.[1]?.split("/");
  if (!path) return false;
  const resolve = (node: SchemaNode): SchemaNode => {
    const ref = node.$ref;
    if (typeof ref !== "string" || !ref.startsWith(SCHEMAS_POINTER)) return node;
    let target: unknown = components;
    for (const part of ref.slice(SCHEMAS_POINTER.length).split("/")) {
      target = (target as SchemaNode | undefined)?.[part];
    }
    return resolve((target ?? {}) as SchemaNode);
  };
  const declares = (node: SchemaNode, rest: string[]): boolean => {
    const here = resolve(node);
    if (rest.length === 0) return true;
    const [name, ...tail] = rest as [string, ...string[]];
    const property = (here.properties as Record<string, SchemaNode> | undefined)?.[name];
    if (property !== undefined && typeof property === "object" && declares(property, tail))
      return true;
    return ["allOf", "anyOf", "oneOf"].some((keyword) =>
      ((here[keyword] as SchemaNode[] | undefined) ?? []).some((branch) => declares(branch, rest)),
    );
  };
  return declares(payload, path);
}
