import { Analyzer, type AnalyzeOptions } from "./analyzer.ts";
import type { Entity } from "./entity.ts";
import { pseudonymiseEntities, type PseudonymiseResult } from "./pseudonymiser.ts";
import { defaultRecognizers } from "./recognizers/index.ts";
import { RecognizerRegistry, type CustomRecognizerConfig } from "./registry.ts";
import { scanView } from "./text/scan-view.ts";
import type { Vault } from "./vault.ts";

export interface EngineOptions {
  /** Recognizers added by configuration. */
  recognizers?: readonly CustomRecognizerConfig[];
  /** Names of default recognizers to leave out. */
  disable?: readonly string[];
}

export interface PseudonymiseOptions extends AnalyzeOptions {
  /** The vault of the conversation so far; a new one when absent. */
  vault?: Vault;
}

/** Whether JSON writes some character of `value` escaped: a control character, a quote, a backslash. */
function needsJsonEscape(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x22 || code === 0x5c) return true;
  }
  return false;
}

/** The redaction engine: detection by a registry of recognizers, then pseudonymisation. */
export class Engine {
  readonly analyzer: Analyzer;

  constructor(options: EngineOptions = {}) {
    const registry = new RecognizerRegistry(defaultRecognizers());
    for (const name of options.disable ?? []) registry.remove(name);
    for (const config of options.recognizers ?? []) registry.addFromConfig(config);
    this.analyzer = new Analyzer(registry);
  }

  /** The entities of `text`, at their places in it, found in its scan view when it needs one. */
  detect(text: string, options?: AnalyzeOptions): Entity[] {
    const view = scanView(text);
    if (!view) return this.analyzer.analyze(text, options);
    return this.analyzer.analyze(view.text, options).map((entity) => {
      const placed = view.toOriginal(entity.start, entity.end);
      const value = view.text.slice(entity.start, entity.end);
      const written = text.slice(placed.start, placed.end);
      // A value read with a line break or a quote is kept as written: given back into the JSON it
      // came from, read so it would break it.
      const keep = value !== written && !needsJsonEscape(value);
      return { ...entity, ...placed, ...(keep ? { value } : {}) };
    });
  }

  pseudonymise(text: string, options: PseudonymiseOptions = {}): PseudonymiseResult {
    return pseudonymiseEntities(text, this.detect(text, options), options.vault);
  }
}
