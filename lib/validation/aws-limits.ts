// AWS's message size limits, written once: the processor, the package's readers, the topology, the
// local runtime and the tools all read them from here.

/**
 * SQS's largest message body, bytes: 1 MiB
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html).
 */
export const SQS_MAX_MESSAGE_BYTES = 1_048_576;

/**
 * SNS's default largest message, body and attributes together, bytes: 256 KiB. PublishBatch applies
 * the same number to the sum of its entries
 * (https://docs.aws.amazon.com/sns/latest/dg/large-message-payloads.html).
 */
export const SNS_MAX_MESSAGE_BYTES = 262_144;
