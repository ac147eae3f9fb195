import { readFailureTopicRecord } from "@order-events/contracts";
import type { SQSBatchResponse, SQSEvent } from "aws-lambda";
import { refusedNotice, type Send } from "./notices.js";

/**
 * The Lambda handler of this team's queue subscribed to the failure topic without raw delivery:
 * each record's body is SNS's envelope around a FAILURE outcome or an OnFailure destination
 * record. The package's reader checks the envelope, the message and its attributes record by
 * record; a record it rejects is named in the partial batch response (the event source mapping
 * needs `ReportBatchItemFailures`), so only that record is retried, then kept by the DLQ.
 */
export const refusedOrders =
  (send: Send) =>
  async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const batchItemFailures: SQSBatchResponse["batchItemFailures"] = [];
    for (const record of event.Records) {
      const read = readFailureTopicRecord(record, { delivery: "sns-envelope" });
      if (read.kind === "rejected") {
        console.error(record.messageId, read.error.code, read.error.message);
        batchItemFailures.push({ itemIdentifier: record.messageId });
      } else if (read.kind === "message") {
        const notice = refusedNotice(read.message);
        if (notice) await send(notice);
      }
    }
    return { batchItemFailures };
  };

export const handler = refusedOrders(async (notice) => console.log(JSON.stringify(notice)));
