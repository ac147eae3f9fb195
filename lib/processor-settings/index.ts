// The processor's settings: one table (settings.ts) and their text form in a Lambda environment
// (environment.ts). Shipped in the processor, which reads its environment with them.
export {
  isCurrencyCode,
  isStandardTopicArn,
  readSettings,
  settingsEnvironment,
  settingText,
  type VariableProblem,
} from "./environment";
export {
  type CurrencyListSetting,
  type DefaultedSetting,
  type IntegerSetting,
  type ProcessorSetting,
  type ProcessorSettingGroups,
  processorSettings,
  type SettingValue,
  type SettingValues,
  settingDefaults,
  type TopicArnSetting,
} from "./settings";
