// Writes what the configuration key table (infra/config-keys.ts) and the processor's settings table
// (lib/processor-settings) decide into the files people and the Pulumi CLI read: Pulumi.yaml's
// `config:` block and the two tables of docs/configuration.md, each between two marker lines.
// `npm run gen` rewrites the regions, `npm run gen:check` reports any that differ.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  type ConfigKeyName,
  type ConfigKeySpec,
  type ConfigValue,
  configDefault,
  configKeyNames,
  configKeys,
} from "../../infra/config";
import {
  type ProcessorSetting,
  processorSettings,
  settingText,
} from "../../lib/processor-settings";
import { buildTopology, PROCESSOR } from "../../topology/build";

/** A region of a file that the generator owns, between a begin and an end marker line. */
interface GeneratedRegion {
  /** Relative to the repository root. */
  file: string;
  /** The table it is generated from, relative to the repository root. */
  source: string;
  begin: string;
  end: string;
  render: () => string;
}

const SOURCE = "infra/config-keys.ts";
const PROCESSOR_SOURCE = "lib/processor-settings/settings.ts";

/**
 * What a key accepts, in words ("1 to 900", "one of 1, 3, 5…", "-1 (none), or 1 to 1000000").
 *
 * @example allowedValues("ordersBatchSize") // "1 to 10000"
 */
export function allowedValues(name: ConfigKeyName): string {
  const key: ConfigKeySpec = configKeys[name];
  if (key.type === "integer") {
    const range = key.oneOf ? `one of ${key.oneOf.join(", ")}` : `${key.min} to ${key.max}`;
    return key.unset === undefined ? range : `${key.unset} (none), or ${range}`;
  }
  if (key.type === "string" && key.oneOf) return key.oneOf.join(", ");
  return key.allowed ?? "any text";
}

/** Text as a Markdown table cell shows it. */
const cell = (text: string) => text.replace(/\|/g, "\\|");

/** A default as the docs show it. */
function shownDefault(value: ConfigValue): string {
  if (Array.isArray(value)) return value.join(", ");
  return value === "" ? "(empty)" : String(value);
}

/** A value as YAML (JSON scalars and flow sequences are valid YAML). */
function yamlValue(value: ConfigValue): string {
  return Array.isArray(value)
    ? `[${value.map((v) => JSON.stringify(v)).join(", ")}]`
    : JSON.stringify(value);
}

/**
 * Pulumi.yaml's `config:` block: every key with its type, description (meaning and allowed values)
 * and default, as the Pulumi CLI reads them.
 */
export function pulumiConfigBlock(): string {
  const lines = ["config:"];
  for (const name of configKeyNames) {
    const key: ConfigKeySpec = configKeys[name];
    lines.push(`  ${name}:`, `    type: ${key.type}`);
    if (key.type === "array") lines.push("    items:", "      type: string");
    lines.push(
      `    description: ${JSON.stringify(`${key.doc} Allowed: ${allowedValues(name)}.`)}`,
      `    default: ${yamlValue(configDefault(name))}`,
    );
  }
  return lines.join("\n");
}

/** The Markdown table of docs/configuration.md: key, type, default, allowed values, meaning. */
export function configurationTable(): string {
  return [
    "| key | type | default | allowed | meaning |",
    "|---|---|---|---|---|",
    ...configKeyNames.map((name) => {
      const key: ConfigKeySpec = configKeys[name];
      return `| \`${name}\` | ${key.type} | ${cell(shownDefault(configDefault(name)))} | ${cell(allowedValues(name))} | ${cell(key.doc)} |`;
    }),
  ].join("\n");
}

/** A processor setting's default as its variable holds it ("required" for a topic). */
function shownSettingDefault(setting: ProcessorSetting): string {
  return setting.kind === "topic-arn" ? "required" : settingText(setting, setting.default);
}

/** What a processor setting accepts, in words. */
function allowedSettingValues(setting: ProcessorSetting): string {
  if (setting.kind === "topic-arn") return "a standard SNS topic ARN";
  if (setting.kind === "currencies") return "comma-separated ISO 4217 codes";
  return `${setting.min} to ${setting.max}; bound: ${setting.limit}`;
}

/**
 * Who sets a processor variable on a deployed function: the stack key whose path leads to it, the
 * program itself (the topics' ARNs), or nobody (its default applies).
 */
function setBy(
  group: string,
  name: string,
  deployed: ReadonlySet<string>,
  variable: string,
): string {
  const key = configKeyNames.find((k) => configKeys[k].path === `topology.${group}.${name}`);
  if (key) return `stack key \`${key}\``;
  return deployed.has(variable) ? "the program" : "unset: the default applies";
}

/**
 * The Markdown table of the processor's environment in docs/configuration.md: variable, default,
 * allowed values, who sets it, meaning; in `processorSettings` order.
 *
 * @example processorEnvironmentTable().split("\n")[2] // "| `SUCCESS_TOPIC_ARN` | required | a standard SNS topic ARN | the program | …"
 */
export function processorEnvironmentTable(): string {
  const processor = buildTopology().functions.find((f) => f.key === PROCESSOR);
  const deployed = new Set(Object.keys(processor?.environment ?? {}));
  const groups: Record<string, Record<string, ProcessorSetting>> = processorSettings;
  return [
    "| variable | default | allowed | set by | meaning |",
    "|---|---|---|---|---|",
    ...Object.entries(groups).flatMap(([group, settings]) =>
      Object.entries(settings).map(
        ([name, s]) =>
          `| \`${s.variable}\` | ${cell(shownSettingDefault(s))} | ${cell(allowedSettingValues(s))} | ${setBy(group, name, deployed, s.variable)} | ${cell(s.meaning)}. |`,
      ),
    ),
  ].join("\n");
}

const marker = (source: string, name: string) =>
  `<!-- BEGIN ${name}: generated from ${source} by \`npm run gen\`; edit the table there, not here. -->`;

const regions: GeneratedRegion[] = [
  {
    file: "Pulumi.yaml",
    source: SOURCE,
    begin: `# BEGIN config: generated from ${SOURCE} by \`npm run gen\`; edit the table there, not here.`,
    end: "# END config",
    render: pulumiConfigBlock,
  },
  {
    file: "docs/configuration.md",
    source: SOURCE,
    begin: marker(SOURCE, "config-keys"),
    end: "<!-- END config-keys -->",
    render: configurationTable,
  },
  {
    file: "docs/configuration.md",
    source: PROCESSOR_SOURCE,
    begin: marker(PROCESSOR_SOURCE, "processor-environment"),
    end: "<!-- END processor-environment -->",
    render: processorEnvironmentTable,
  },
];

/** `text` with the region between its markers replaced by `body`; throws when a marker is missing. */
export function replaceRegion(
  text: string,
  region: Pick<GeneratedRegion, "file" | "begin" | "end">,
  body: string,
): string {
  const lines = text.split("\n");
  const begin = lines.indexOf(region.begin);
  const end = lines.indexOf(region.end);
  if (begin === -1 || end === -1 || end < begin) {
    throw new Error(
      `${region.file} lacks the generated region's markers: put these two lines where the generated text belongs, in this order, then run \`npm run gen\`:\n${region.begin}\n${region.end}`,
    );
  }
  return [...lines.slice(0, begin + 1), body, ...lines.slice(end)].join("\n");
}

/** Each owned file's content as the generator would write it, by path relative to `root`. */
export function renderConfigFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const region of regions) {
    const text = files.get(region.file) ?? readFileSync(join(root, region.file), "utf8");
    files.set(region.file, replaceRegion(text, region, region.render()));
  }
  return files;
}

/** Rewrites the generated regions; returns the files whose content changed. */
export function writeConfigFiles(root: string): string[] {
  const changed: string[] = [];
  for (const [file, text] of renderConfigFiles(root)) {
    if (readFileSync(join(root, file), "utf8") === text) continue;
    writeFileSync(join(root, file), text);
    changed.push(file);
  }
  return changed;
}

/** The generated regions that differ from what the table gives (empty when all agree). */
export function configFileProblems(root: string): string[] {
  return [...renderConfigFiles(root)]
    .filter(([file, text]) => readFileSync(join(root, file), "utf8") !== text)
    .map(([file]) => {
      const sources = [...new Set(regions.filter((r) => r.file === file).map((r) => r.source))];
      return `differs: ${file} (its generated regions, from ${sources.join(" and ")})`;
    });
}
