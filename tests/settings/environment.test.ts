// The processor's settings in a Lambda environment: what the topology writes, the processor reads
// back as the same values, at every bound; and every default is one the processor would accept.
import { describe, expect, it } from "vitest";
import {
  type ProcessorSetting,
  processorSettings,
  readSettings,
  settingDefaults,
  settingsEnvironment,
  type VariableProblem,
} from "../../lib/processor-settings";

const groups = processorSettings as Record<string, Record<string, ProcessorSetting>>;

describe("settingsEnvironment and readSettings", () => {
  it("read back what they wrote, at each end of every range", () => {
    for (const pick of ["min", "max"] as const) {
      const rules = settingDefaults(processorSettings.rules);
      for (const [name, setting] of Object.entries(processorSettings.rules)) {
        if (setting.kind === "integer") (rules as Record<string, unknown>)[name] = setting[pick];
      }
      rules.acceptedCurrencies = ["CHF", "JPY"];
      const problems: VariableProblem[] = [];

      const read = readSettings(
        settingsEnvironment(processorSettings.rules, rules),
        processorSettings.rules,
        problems,
      );

      expect(problems).toEqual([]);
      expect(read).toEqual(rules);
    }
  });

  it("fall back to every default when nothing is set, and name each missing topic", () => {
    const problems: VariableProblem[] = [];
    expect(readSettings({}, processorSettings.rules, problems)).toEqual(
      settingDefaults(processorSettings.rules),
    );
    expect(readSettings({}, processorSettings.timing, problems)).toEqual(
      settingDefaults(processorSettings.timing),
    );
    expect(readSettings({}, processorSettings.topics, problems)).toEqual({
      successTopicArn: "",
      failureTopicArn: "",
    });
    expect(problems.map((p) => p.variable)).toEqual([
      processorSettings.topics.successTopicArn.variable,
      processorSettings.topics.failureTopicArn.variable,
    ]);
  });

  it("write each default in a form the processor accepts", () => {
    for (const [group, settings] of Object.entries(groups)) {
      for (const [name, setting] of Object.entries(settings)) {
        if (setting.kind === "topic-arn") continue;
        if (setting.kind === "integer") {
          expect(setting.default, `${group}.${name}`).toBeGreaterThanOrEqual(setting.min);
          expect(setting.default, `${group}.${name}`).toBeLessThanOrEqual(setting.max);
        }
        const problems: VariableProblem[] = [];
        const one = { [name]: setting };
        const written = settingsEnvironment(one, settingDefaults(one));
        expect(Object.keys(written)).toEqual([setting.variable]);
        readSettings(written, one, problems);
        expect(problems, `${group}.${name}`).toEqual([]);
      }
    }
  });

  it("give each setting a variable of its own", () => {
    const variables = Object.values(groups).flatMap((g) => Object.values(g).map((s) => s.variable));
    expect(new Set(variables).size).toBe(variables.length);
  });
});
