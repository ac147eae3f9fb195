// Every subscription's filter policy names only keys of the schema it filters on, with values
// that schema allows, and each branch of a topic's filter fits one of the shapes the topic carries
// (outcome or destination record). Lambda destination records carry no message attributes, so
// the filters look at the body.
import { describe, expect, it } from "vitest";
import { buildTopology } from "../../topology/build";
import { FilterPolicyScope } from "../../topology/enums";
import { topicFilters } from "../../topology/filter-policies";
import {
  attributeFilterProblems,
  bodyFilterProblems,
  branches,
} from "./support/filter-policy-schema";

const topology = buildTopology();

describe("the topology's filter policies", () => {
  it.each(topology.subscriptions.map((s) => [s.key, s] as const))(
    "%s filters on keys its schema has",
    (_key, subscription) => {
      const topic = topology.topics.find((t) => t.key === subscription.topic);
      expect(topic).toBeDefined();
      const problems =
        subscription.filterPolicyScope === FilterPolicyScope.MessageBody
          ? bodyFilterProblems(subscription.filterPolicy, topic?.messageSchema ?? "")
          : attributeFilterProblems(subscription.filterPolicy);
      expect(problems).toEqual([]);
    },
  );

  it("look at the body, since destination records carry no SNS message attributes", () => {
    for (const subscription of topology.subscriptions) {
      expect(subscription.filterPolicyScope, subscription.key).toBe("MessageBody");
    }
  });

  it.each(["success", "failure"] as const)(
    "the %s filter has one branch per shape: outcome and destination record",
    (topic) => {
      const paths = branches(topicFilters[topic].policy).map((branch) =>
        branch.map((leaf) => leaf.path.join(".")),
      );
      expect(paths).toEqual([["message_type", "status"], ["requestContext.condition"]]);
    },
  );

  it.each(["success", "failure"] as const)(
    "the %s filter stays within SNS's limits (5 keys, 150 combinations)",
    (topic) => {
      const all = branches(topicFilters[topic].policy);
      const keys = new Set(all.flatMap((b) => b.map((l) => l.path.join("."))));
      const combinations = all.reduce(
        (sum, b) => sum + b.reduce((p, l) => p * l.conditions.length, 1),
        0,
      );
      expect(keys.size).toBeLessThanOrEqual(5);
      expect(combinations).toBeLessThanOrEqual(150);
    },
  );
});

describe("the schema check itself", () => {
  const success = "topics/success-topic-message.v1.schema.json";
  const failure = "topics/failure-topic-message.v1.schema.json";

  it("reports a key no shape of the topic has", () => {
    expect(bodyFilterProblems({ requestContext: { conditon: ["Success"] } }, success)).toEqual([
      'branch 1: key "requestContext.conditon" does not exist',
    ]);
  });

  it("reports a value the schema never allows", () => {
    expect(bodyFilterProblems({ status: ["SUCCES"] }, success)).toEqual([
      'branch 1: "status" can never be "SUCCES"',
    ]);
    expect(
      bodyFilterProblems({ message_type: ["order.outcome"], status: ["FAILURE"] }, success),
    ).toEqual(['branch 1: "status" can never be "FAILURE"']);
  });

  it("reports a branch mixing keys of two shapes (no message has both)", () => {
    expect(
      bodyFilterProblems(
        { status: ["FAILURE"], requestContext: { condition: ["RetriesExhausted"] } },
        failure,
      ),
    ).toHaveLength(1);
  });

  it("reports an anything-but that excludes the only value", () => {
    expect(
      bodyFilterProblems(
        { requestContext: { condition: [{ "anything-but": ["Success"] }] } },
        success,
      ),
    ).toEqual(['branch 1: "requestContext.condition" is always one of the excluded Success']);
  });

  it("checks attribute-scope filters against the outcome attributes", () => {
    expect(attributeFilterProblems({ status: ["SUCCESS"], error_code: ["DUPLICATE_SKU"] })).toEqual(
      [],
    );
    expect(attributeFilterProblems({ statuz: ["SUCCESS"] })).toEqual([
      'branch 1: key "statuz" does not exist',
    ]);
    expect(attributeFilterProblems({ error_code: ["NOPE"] })).toEqual([
      'branch 1: "error_code" can never be "NOPE"',
    ]);
  });
});
