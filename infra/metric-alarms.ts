import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { AlarmSpec } from "../topology/types";
import { COMPONENT_TAG } from "./tags";

/** Arguments of MetricAlarms. */
export interface MetricAlarmsArgs {
  alarms: AlarmSpec[];
  namePrefix: string;
  /** Physical names of the topology's queues and functions, by key (alarm dimensions). */
  queueNames: Record<string, pulumi.Input<string>>;
  functionNames: Record<string, pulumi.Input<string>>;
  /** Notified on ALARM and OK; undefined: the alarms only change state. */
  alarmTopicArn: string | undefined;
  tags: Record<string, string>;
}

/**
 * One CloudWatch alarm per AlarmSpec of the topology: DLQ depth, age of the oldest message,
 * function errors, destination delivery failures.
 *
 * @example new MetricAlarms("order-events-dev-alarms", { alarms: topology.alarms, namePrefix, queueNames, functionNames, alarmTopicArn, tags });
 */
export class MetricAlarms extends pulumi.ComponentResource {
  readonly alarms: Record<string, aws.cloudwatch.MetricAlarm> = {};

  constructor(name: string, args: MetricAlarmsArgs, opts?: pulumi.ComponentResourceOptions) {
    super("order-events:infra:MetricAlarms", name, {}, opts);
    const actions = args.alarmTopicArn ? [args.alarmTopicArn] : [];
    for (const alarm of args.alarms) {
      const dimensions: Record<string, pulumi.Input<string>> = "queue" in alarm.target
        ? { QueueName: named(args.queueNames, alarm.target.queue, "queue", alarm.key) }
        : {
            FunctionName: named(args.functionNames, alarm.target.function, "function", alarm.key),
          };
      this.alarms[alarm.key] = new aws.cloudwatch.MetricAlarm(
        `${args.namePrefix}-${alarm.key}`,
        {
          alarmDescription: alarm.description,
          namespace: alarm.namespace,
          metricName: alarm.metricName,
          dimensions,
          statistic: alarm.statistic,
          period: alarm.periodSeconds,
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
