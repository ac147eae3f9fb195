// The policy pack: `pulumi preview --policy-pack policy` (or `pulumi up --policy-pack policy`).
// Constructing PolicyPack starts the policy server, so tests import ./policies instead.
import { PolicyPack } from "@pulumi/policy";
import { policies } from "./policies";

new PolicyPack("order-events-invariants", {
  description:
    "Invariants of the order-events pipeline: no wildcard permissions, encryption at rest, a DLQ for every queue and for every SQS subscription, partial batch responses on SQS mappings, destinations only for asynchronous invocation, TLS-only resource policies, visibility timeouts that cover the function, reserved concurrency that leaves headroom for asynchronous invocations.",
  enforcementLevel: "mandatory",
  policies,
});
