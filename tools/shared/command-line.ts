import { type ParseArgsOptionsConfig, parseArgs } from "node:util";

/** The options of a command: those that take a string value (`--name VALUE`) and the flags. */
export interface CommandLineOptions<S extends string, F extends string> {
  readonly strings: readonly S[];
  readonly flags: readonly F[];
}

/** What was given: each value option's text and each flag (undefined when absent). */
export type CommandLineValues<S extends string, F extends string> = {
  [K in S]?: string;
} & { [K in F | "help"]?: boolean };

/**
 * Ends a command on a usage error: prints what was wrong, then the usage text, to stderr and
 * exits with status 2.
 *
 * @example if (!endpoint) failWithUsage(USAGE, "say where the queues are: --endpoint URL");
 */
export function failWithUsage(usage: string, message: string): never {
  process.stderr.write(`${message}\n\n${usage}`);
  process.exit(2);
}

/**
 * Reads a command's options strictly with node:util parseArgs (--help is always accepted). An
 * unknown option, a missing value or a positional argument ends the command through
 * failWithUsage; with --help the usage text goes to stdout and the result is undefined, so the
 * command stops with status 0.
 *
 * @example
 * const given = parseCommandLine(USAGE, { strings: ["orders"], flags: ["json"] });
 * if (!given) return 0; // --help
 * given.orders; // string | undefined
 */
export function parseCommandLine<const S extends string, const F extends string>(
  usage: string,
  options: CommandLineOptions<S, F>,
  args: string[] = process.argv.slice(2),
): CommandLineValues<S, F> | undefined {
  return parse(usage, options, args, undefined)?.values;
}

/** How many arguments besides the options a command takes, and what to say when given more. */
export interface CommandLineArguments {
  readonly max: number;
  readonly tooMany: string;
}

/**
 * parseCommandLine for a command that also takes up to `accepts.max` arguments (a file name):
 * more than that ends the command through failWithUsage with `accepts.tooMany`.
 *
 * @example
 * const given = parseCommandLineWithArguments(USAGE, { strings: ["endpoint"], flags: [] }, { max: 1, tooMany: "one FILE at most" });
 * given?.positionals[0]; // the file, or undefined
 */
export function parseCommandLineWithArguments<const S extends string, const F extends string>(
  usage: string,
  options: CommandLineOptions<S, F>,
  accepts: CommandLineArguments,
  args: string[] = process.argv.slice(2),
): { values: CommandLineValues<S, F>; positionals: string[] } | undefined {
  return parse(usage, options, args, accepts);
}

function parse<S extends string, F extends string>(
  usage: string,
  options: CommandLineOptions<S, F>,
  args: string[],
  accepts: CommandLineArguments | undefined,
): { values: CommandLineValues<S, F>; positionals: string[] } | undefined {
  const config: ParseArgsOptionsConfig = {};
  for (const name of options.strings) config[name] = { type: "string" };
  for (const name of [...options.flags, "help"]) config[name] = { type: "boolean" };
  let parsed: { values: CommandLineValues<S, F>; positionals: string[] };
  try {
    const result = parseArgs({
      args,
      options: config,
      strict: true,
      allowPositionals: accepts !== undefined,
    });
    parsed = { values: result.values as CommandLineValues<S, F>, positionals: result.positionals };
  } catch (error) {
    failWithUsage(usage, (error as Error).message);
  }
  if (parsed.values.help) {
    process.stdout.write(usage);
    return undefined;
  }
  if (accepts && parsed.positionals.length > accepts.max) {
    failWithUsage(usage, `${accepts.tooMany}, got ${parsed.positionals.length}`);
  }
  return parsed;
}
