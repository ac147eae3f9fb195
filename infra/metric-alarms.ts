import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { AlarmSpec, SubtractedMetricSpec } from "../topology/types";
import { COMPONENT_TAG } from "./tags";

/** Arguments of MetricAlarms. */
export interface MetricAlarmsArgs {
  alarms: AlarmSpec[];
  namePrefix: string;
  /** Physical names of the topology's queues, functions and topics, by key (alarm dimensions). */
  queueNames: Record<string, pulumi.Input<string>>;
  functionNames: Record<string, pulumi.Input<string>>;
  topicNames: Record<string, pulumi.Input<string>>;
  /** Notified on ALARM and OK; undefined: the alarms only change state. */
  alarmTopicArn: string | undefined;
  tags: Record<string, string>;
}

/** Query ids of a subtracting alarm's metric math (CloudWatch: a lowercase letter first). */
export const METRIC_QUERY_IDS = { metric: "metric", subtracted: "subtracted", result: "result" };

/**
 * One CloudWatch alarm per AlarmSpec of the topology: DLQ depth, age of the oldest message,
 * SNS messages that could not even reach a subscription DLQ, function errors (less the rejections an asynchronously invoked function counts itself, as metric
 * math), destination delivery failures.
 *
 * @example new MetricAlarms("order-events-dev-alarms", { alarms: topology.alarms, namePrefix, queueNames, functionNames, topicNames, alarmTopicArn, tags });
 */
export class MetricAlarms extends pulumi.ComponentResource {
  readonly alarms: Record<string, aws.cloudwatch.MetricAlarm> = {};

  constructor(name: string, args: MetricAlarmsArgs, opts?: pulumi.ComponentResourceOptions) {
    super("order-events:infra:MetricAlarms", name, {}, opts);
    const actions = args.alarmTopicArn ? [args.alarmTopicArn] : [];
    for (const alarm of args.alarms) {
      const dimensions: Record<string, pulumi.Input<string>> = "queue" in alarm.target
        ? { QueueName: named(args.queueNames, alarm.target.queue, "queue", alarm.key) }
        : "topic" in alarm.target
          ? { TopicName: named(args.topicNames, alarm.target.topic, "topic", alarm.key) }
          : {
              FunctionName: named(args.functionNames, alarm.target.function, "function", alarm.key),
            };
      this.alarms[alarm.key] = new aws.cloudwatch.MetricAlarm(
        `${args.namePrefix}-${alarm.key}`,
        {
          alarmDescription: alarm.description,
          ...(alarm.subtract
            ? { metricQueries: subtraction(alarm, alarm.subtract, dimensions) }
            : {
                namespace: alarm.namespace,
                metricName: alarm.metricName,
                dimensions,
                statistic: alarm.statistic,
                period: alarm.periodSeconds,
              }),
          evaluationPeriods: alarm.evaluationPeriods,
          threshold: alarm.threshold,
          comparisonOperator: alarm.comparisonOperator,
          treatMissingData: alarm.treatMissingData,
          actionsEnabled: true,
          alarmActions: actions,
          okActions: actions,
          tags: { ...args.tags, [COMPONENT_TAG]: alarm.key },
        },
        { parent: this },
      );
    }
    this.registerOutputs({});
  }
}

/**
 * `FILL(metric, 0) - FILL(subtracted, 0)`: a period with only one of the two metrics (no Errors
 * datapoint, or no rejection counted) still evaluates. Only the expression returns data, as an
 * alarm on metric math requires.
 */
function subtraction(
  alarm: AlarmSpec,
  subtract: SubtractedMetricSpec,
  dimensions: Record<string, pulumi.Input<string>>,
): aws.types.input.cloudwatch.MetricAlarmMetricQuery[] {
  const ids = METRIC_QUERY_IDS;
  return [
    {
      id: ids.metric,
      metric: {
        namespace: alarm.namespace,
        metricName: alarm.metricName,
        dimensions,
        stat: alarm.statistic,
        period: alarm.periodSeconds,
      },
      returnData: false,
    },
    {
      id: ids.subtracted,
      metric: {
        namespace: subtract.namespace,
        metricName: subtract.metricName,
        dimensions: subtract.dimensions,
        stat: subtract.statistic,
        period: alarm.periodSeconds,
      },
      returnData: false,
    },
    {
      id: ids.result,
      expression: `FILL(${ids.metric}, 0) - FILL(${ids.subtracted}, 0)`,
      label: `${alarm.metricName} - ${subtract.metricName}`,
      returnData: true,
    },
  ];
}

function named(
  names: Record<string, pulumi.Input<string>>,
  key: string,
  kind: string,
  alarm: string,
): pulumi.Input<string> {
  const name = names[key];
  if (name === undefined)
    throw new Error(`Alarm ${alarm} watches ${kind} "${key}", which the stack does not create`);
  return name;
}
