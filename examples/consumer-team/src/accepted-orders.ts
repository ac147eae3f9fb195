import { parse } from "@aws-lambda-powertools/parser";
import { SqsEnvelope } from "@aws-lambda-powertools/parser/envelopes";
import { jsonBodySchema, validateSuccessTopicMessage } from "@order-events/contracts";
import type { SQSEvent } from "aws-lambda";
import { acceptedNotice, type Send } from "./notices.js";

/** The success topic's messages, read from a record body by the package's validator. */
const successTopicMessage = jsonBodySchema(validateSuccessTopicMessage);

/**
 * The Lambda handler of this team's queue subscribed to the success topic with raw message
 * delivery: each record's body is a SUCCESS outcome or an OnSuccess destination record.
 * Powertools' parser reads them all; a record that is neither makes it throw a `ParseError` that
 * names the record and the field, so Lambda retries the batch and the queue's DLQ keeps it.
 */
export const acceptedOrders =
  (send: Send) =>
  async (event: SQSEvent): Promise<void> => {
    for (const message of parse(event, SqsEnvelope, successTopicMessage))
      await send(acceptedNotice(message));
  };

export const handler = acceptedOrders(async (notice) => console.log(JSON.stringify(notice)));
