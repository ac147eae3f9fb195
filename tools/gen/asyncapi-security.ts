import { type PolicyDocument, queuePolicy, topicPolicy } from "../../infra/policy-documents";
import type { QueueSpec, TopicSpec, Topology } from "../../topology";

/** The document's one security scheme: every request is signed with IAM credentials (SigV4). */
export const SECURITY_SCHEME = "awsSigV4";

const SIGV4_DOCS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html";
const SQS_KMS_DOCS =
  "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html";

/** How a queue or topic is encrypted at rest and in transit, as the Pulumi program deploys it. */
export interface Encryption {
  /** SSE-KMS: the stack's customer managed key; SSE-SQS: keys SQS manages (no KMS permission). */
  atRest: "SSE-KMS" | "SSE-SQS";
  /** For SSE-KMS: the stack output that gives the key's ARN. */
  kmsKeyOutput?: "kmsKeyArn";
  /** Whether the resource's access policy denies requests without TLS (aws:SecureTransport). */
  inTransit: "TLS only" | "TLS not enforced";
}

/**
 * The AsyncAPI security schemes: AWS Signature Version 4 is an HTTP Authorization scheme
 * (`Authorization: AWS4-HMAC-SHA256 Credential=…`); what a caller may do is IAM's decision.
 *
 * @example securitySchemes().awsSigV4.scheme // "AWS4-HMAC-SHA256"
 */
export function securitySchemes(): Record<string, Record<string, unknown>> {
  return {
    [SECURITY_SCHEME]: {
      type: "http",
      scheme: "AWS4-HMAC-SHA256",
      description: `Every SQS and SNS request is signed with AWS Signature Version 4 using IAM credentials (the AWS SDKs and CLI do it: ${SIGV4_DOCS}). The caller's IAM policy must allow the action on the queue or topic (a topic's own policy admits only its publishers), and, on what is encrypted with the stack's KMS key, the KMS calls: kms:GenerateDataKey and kms:Decrypt to send, kms:Decrypt to receive (${SQS_KMS_DOCS}). Each channel's x-encryption says which key encrypts it.`,
    },
  };
}

/**
 * The security requirement a server lists: the one scheme.
 *
 * @example serverSecurity() // [{ $ref: "#/components/securitySchemes/awsSigV4" }]
 */
export function serverSecurity(): { $ref: string }[] {
  return [{ $ref: `#/components/securitySchemes/${SECURITY_SCHEME}` }];
}

/**
 * Whether a policy denies every request made without TLS (`aws:SecureTransport` false).
 *
 * @example deniesPlainHttp(queuePolicy(queueArn)) // true
 */
export function deniesPlainHttp(policy: PolicyDocument): boolean {
  return policy.Statement.some(
    (s) => s.Effect === "Deny" && s.Condition?.Bool?.["aws:SecureTransport"] === "false",
  );
}

// The policy builders take ARNs only to place them in the statements: any ARN tells what they deny.
const SOME_QUEUE = "arn:aws:sqs:region:account:queue";
const SOME_TOPIC = "arn:aws:sns:region:account:topic";
const inTransit = (policy: PolicyDocument): Encryption["inTransit"] =>
  deniesPlainHttp(policy) ? "TLS only" : "TLS not enforced";

/**
 * A queue's encryption. A subscription's dead-letter queue uses SSE-SQS (infra/
 * subscription-dead-letter-queue.ts says why: it must accept what the stack key refused); every
 * other queue uses the stack's key. Every queue gets infra's queue policy.
 *
 * @example queueEncryption(orders, topology) // { atRest: "SSE-KMS", kmsKeyOutput: "kmsKeyArn", inTransit: "TLS only" }
 */
export function queueEncryption(queue: QueueSpec, topology: Topology): Encryption {
  const isSubscriptionDlq = topology.subscriptions.some((s) => s.deadLetterQueue === queue.key);
  const transit = inTransit(queuePolicy(SOME_QUEUE));
  return isSubscriptionDlq
    ? { atRest: "SSE-SQS", inTransit: transit }
    : { atRest: "SSE-KMS", kmsKeyOutput: "kmsKeyArn", inTransit: transit };
}

/**
 * A topic's encryption: the stack's key, and infra's topic policy.
 *
 * @example topicEncryption(successTopic).atRest // "SSE-KMS"
 */
export function topicEncryption(topic: TopicSpec): Encryption {
  const policy = topicPolicy(
    SOME_TOPIC,
    topic.publishers.map((p) => `arn:aws:iam::account:role/${p}`),
  );
  return { atRest: "SSE-KMS", kmsKeyOutput: "kmsKeyArn", inTransit: inTransit(policy) };
}

/**
 * What encryption means for a caller of the queue or topic, in two sentences.
 *
 * @example encryptionSentence({ atRest: "SSE-SQS", inTransit: "TLS only" }) // "Encrypted at rest with SQS-managed keys (SSE-SQS): … HTTPS only: …"
 */
export function encryptionSentence(encryption: Encryption): string {
  const transit =
    encryption.inTransit === "TLS only"
      ? "HTTPS only: its access policy denies any request without TLS."
      : "Its access policy does not require TLS.";
  const rest =
    encryption.atRest === "SSE-KMS"
      ? `Encrypted at rest with the stack's KMS key (stack output ${encryption.kmsKeyOutput}): a sender needs kms:GenerateDataKey and kms:Decrypt on it, a receiver kms:Decrypt.`
      : "Encrypted at rest with SQS-managed keys (SSE-SQS): no KMS permission is needed.";
  return `${rest} ${transit}`;
}

/**
 * What a sender or receiver needs of KMS on a queue or topic so encrypted, as a clause.
 *
 * @example kmsNeeds(queueEncryption(orders, topology), "receive") // "kms:Decrypt on the stack's key (kmsKeyArn)"
 */
export function kmsNeeds(encryption: Encryption, action: "send" | "receive"): string {
  if (encryption.atRest !== "SSE-KMS") return "no KMS permission (SSE-SQS)";
  return action === "send"
    ? `kms:GenerateDataKey and kms:Decrypt on the stack's key (${encryption.kmsKeyOutput})`
    : `kms:Decrypt on the stack's key (${encryption.kmsKeyOutput})`;
}
