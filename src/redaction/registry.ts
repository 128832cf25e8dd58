import { isEntityType, type EntityType } from "./entity-types.ts";
import { createPatternRecognizer } from "./pattern-recognizer.ts";
import type { Recognizer } from "./recognizer.ts";

/** A recognizer described in configuration (the admin policy, a CLI option), as data. */
export interface CustomRecognizerConfig {
  name: string;
  type: string;
  patterns: ReadonlyArray<{ name?: string; regex: string; flags?: string; score?: number }>;
  context?: readonly string[];
}

/** The set of recognizers an analyzer runs; configuration can add to it or take from it. */
export class RecognizerRegistry {
  readonly #recognizers = new Map<string, Recognizer>();

  constructor(recognizers: Iterable<Recognizer> = []) {
    for (const recognizer of recognizers) this.add(recognizer);
  }

  add(recognizer: Recognizer): this {
    if (this.#recognizers.has(recognizer.name)) {
      throw new Error(`a recognizer named "${recognizer.name}" is already registered`);
    }
    this.#recognizers.set(recognizer.name, recognizer);
    return this;
  }

  remove(name: string): this {
    this.#recognizers.delete(name);
    return this;
  }

  addFromConfig(config: CustomRecognizerConfig): this {
    if (!isEntityType(config.type))
      throw new Error(`recognizer "${config.name}": unknown type "${config.type}"`);
    const type: EntityType = config.type;
    const patterns = config.patterns.map((pattern, index) => {
      const flags = new Set([...(pattern.flags ?? ""), "g", "u"]);
      let regex: RegExp;
      try {
        regex = new RegExp(pattern.regex, [...flags].join(""));
      } catch (error) {
        throw new Error(
          `recognizer "${config.name}": invalid pattern ${index + 1}: ${(error as Error).message}`
        );
      }
      return { name: pattern.name ?? `pattern-${index + 1}`, regex, score: pattern.score ?? 0.8 };
    });
    const context = config.context?.length ? { words: config.context } : undefined;
    return this.add(
      createPatternRecognizer({ name: config.name, type, patterns, ...(context && { context }) })
    );
  }

  list(): Recognizer[] {
    return [...this.#recognizers.values()];
  }
}
