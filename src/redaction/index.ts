export { Analyzer, DEFAULT_MIN_SCORE, type AnalyzeOptions } from "./analyzer.ts";
export { Engine, type EngineOptions, type PseudonymiseOptions } from "./engine.ts";
export type { Entity } from "./entity.ts";
export { ENTITY_TYPES, isEntityType, type EntityType } from "./entity-types.ts";
export {
  createPatternRecognizer,
  type Pattern,
  type PatternRecognizerSpec,
} from "./pattern-recognizer.ts";
export {
  pseudonymiseEntities,
  type PseudonymiseResult,
  type Replacement,
} from "./pseudonymiser.ts";
export type { Recognizer } from "./recognizer.ts";
export {
  echoedWritings,
  restore,
  StreamRestorer,
  type EchoedWriting,
  type RestoreOptions,
  type RestoreResult,
} from "./restorer.ts";
export { RecognizerRegistry, type CustomRecognizerConfig } from "./registry.ts";
export type { MaskTerm } from "./terms.ts";
export { Vault, type VaultEntry, type VaultJSON } from "./vault.ts";
