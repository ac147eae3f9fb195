import {
  processorSettings,
  type SettingValues,
  settingDefaults,
} from "../../../lib/processor-settings";

type RuleValues = SettingValues<typeof processorSettings.rules>;

/**
 * The business limits the processor applies to a valid order, and the body limits it applies before
 * parsing, by setting name (`processorSettings.rules` in lib/processor-settings declares each one's
 * variable, default, bounds and meaning). Read from the environment by `readProcessorConfig`.
 */
export type RulesConfig = { readonly [K in keyof RuleValues]: Readonly<RuleValues[K]> };

const defaults = settingDefaults(processorSettings.rules);

/**
 * The defaults of every rule, the values the processor uses when no environment variable overrides them.
 *
 * @example
 * const rules = { ...defaultRulesConfig, maxLineItems: 10 };
 * processOrderBody(body, { messageId, source, now: new Date() }, rules);
 */
export const defaultRulesConfig: RulesConfig = Object.freeze({
  ...defaults,
  acceptedCurrencies: Object.freeze(defaults.acceptedCurrencies),
});
