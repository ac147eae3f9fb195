// The errors alarms: a function invoked asynchronously that rejects by throwing alarms on its Errors
// less its own count of rejections, and that count is exactly the metric the processor emits.
import { Metrics } from "@aws-lambda-powertools/metrics";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createProcessorHandler } from "../../functions/processor/create-handler";
import { OrderRejectedError } from "../../functions/processor/errors";
import { createInMemoryOutcomePublisher } from "../../functions/processor/in-memory-publisher";
import { powertoolsMetrics } from "../../functions/processor/powertools-telemetry";
import {
  ASYNC_REJECTED_METRIC,
  assertConsistent,
  buildTopology,
  defaultTopologySettings,
  type Topology,
} from "../../topology";
import { NOW, TEST_CONFIG } from "../processor/support/fixtures";

const topology = buildTopology();
const alarm = (t: Topology, key: string) => {
  const found = t.alarms.find((a) => a.key === key);
  if (!found) throw new Error(`no alarm ${key}`);
  return found;
};

afterEach(() => vi.restoreAllMocks());

describe("the errors alarms of the topology", () => {
  it("subtract the processor's AsyncRejected, under its Powertools namespace and service", () => {
    expect(ASYNC_REJECTED_METRIC).toBe("AsyncRejected");
    expect(alarm(topology, "processor-errors")).toEqual({
      key: "processor-errors",
      description:
        "processor failed other than by rejecting an order (Errors - AsyncRejected): a whole SQS batch failed, or an asynchronous invocation failed unexpectedly. Rejected orders throw by design and reach the OnFailure destination, so they are not counted.",
      namespace: "AWS/Lambda",
      metricName: "Errors",
      target: { function: "processor" },
      statistic: "Sum",
      periodSeconds: 60,
      evaluationPeriods: 1,
      threshold: 0,
      comparisonOperator: "GreaterThanThreshold",
      treatMissingData: "notBreaching",
      subtract: {
        namespace: "OrderEvents",
        metricName: "AsyncRejected",
        dimensions: { service: "processor" },
        statistic: "Sum",
      },
    });
  });

  it("keep the plain Errors alarm for functions not invoked asynchronously", () => {
    for (const key of ["fulfilment", "failure-alerts"]) {
      const errors = alarm(topology, `${key}-errors`);
      expect(errors.subtract, key).toBeUndefined();
      expect(errors.metricName).toBe("Errors");
      expect(errors.description).toBe(
        `${key} threw: a whole SQS batch failed and will be redelivered.`,
      );
    }
  });

  it("follow the configured metrics namespace", () => {
    const settings = structuredClone(defaultTopologySettings);
    settings.observability.metricsNamespace = "Shop/Orders";
    const t = buildTopology(settings);
    const processor = t.functions.find((f) => f.key === "processor");
    expect(processor?.environment.POWERTOOLS_METRICS_NAMESPACE).toBe("Shop/Orders");
    expect(alarm(t, "processor-errors").subtract?.namespace).toBe("Shop/Orders");
  });

  it("follow the service name prefix, in the environment and the alarm alike", () => {
    const settings = structuredClone(defaultTopologySettings);
    settings.observability.serviceNamePrefix = "order-events-prod";
    const t = buildTopology(settings);
    for (const fn of t.functions) {
      expect(fn.environment.POWERTOOLS_SERVICE_NAME, fn.key).toBe(`order-events-prod-${fn.key}`);
    }
    expect(alarm(t, "processor-errors").subtract).toEqual({
      namespace: "OrderEvents",
      metricName: "AsyncRejected",
      dimensions: { service: "order-events-prod-processor" },
      statistic: "Sum",
    });
  });

  it("refuse a rejections metric on a function that is not invoked asynchronously", () => {
    const broken = structuredClone(topology);
    const fulfilment = broken.functions.find((f) => f.key === "fulfilment");
    if (!fulfilment) throw new Error("no fulfilment");
    fulfilment.invocation.asyncRejectionsMetric = "AsyncRejected";
    expect(() => assertConsistent(broken)).toThrow(
      "function fulfilment declares asyncRejectionsMetric but is not invoked asynchronously",
    );
  });
});

describe("the subtracted metric is the one the processor emits", () => {
  it("one AsyncRejected per rejected asynchronous order, in the alarm's namespace and dimensions", async () => {
    const processor = topology.functions.find((f) => f.key === "processor");
    const subtract = alarm(topology, "processor-errors").subtract;
    if (!processor || !subtract) throw new Error("no processor or no subtraction");
    // Wired as functions/processor/handler.ts wires it from the environment the topology sets.
    const metrics = new Metrics({
      serviceName: String(processor.environment.POWERTOOLS_SERVICE_NAME),
      namespace: String(processor.environment.POWERTOOLS_METRICS_NAMESPACE),
    });
    const handler = createProcessorHandler({
      config: TEST_CONFIG,
      publisher: createInMemoryOutcomePublisher(),
      metrics: powertoolsMetrics(metrics),
      now: () => NOW,
    });

    const out: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => {
      out.push(...String(chunk).split("\n").filter(Boolean));
      return true;
    });
    try {
      await expect(handler({ not: "an order" })).rejects.toBeInstanceOf(OrderRejectedError);
    } finally {
      metrics.publishStoredMetrics();
      vi.restoreAllMocks();
    }

    const emf = out.map((l) => JSON.parse(l)).filter((l) => typeof l._aws === "object");
    expect(emf).toHaveLength(1);
    const [doc] = emf;
    expect(doc._aws.CloudWatchMetrics).toHaveLength(1);
    const [directive] = doc._aws.CloudWatchMetrics;
    expect(directive.Namespace).toBe(subtract.namespace);
    expect(directive.Dimensions).toEqual([Object.keys(subtract.dimensions)]);
    expect(directive.Metrics).toContainEqual({ Name: subtract.metricName, Unit: "Count" });
    for (const [name, value] of Object.entries(subtract.dimensions)) expect(doc[name]).toBe(value);
    expect(doc[subtract.metricName]).toBe(1);
  });
});
