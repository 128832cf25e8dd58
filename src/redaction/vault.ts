import { isEntityType, type EntityType } from "./entity-types.ts";
import { isPartOf, nameTokens, personKey } from "./person-identity.ts";
import { formatPlaceholder } from "./placeholder.ts";

export interface VaultEntry {
  placeholder: string;
  type: EntityType;
  /** What the placeholder is restored to: the fullest writing seen of the entity. */
  original: string;
  /** Every writing seen, in order of first appearance. */
  variants: string[];
  /** The identity keys that lead to this entry. */
  keys: string[];
}

export interface VaultJSON {
  version: 1;
  entries: VaultEntry[];
}

/**
 * The mapping between placeholders and originals. It stays with the caller (the task pane, the
 * gateway for one request) and carries on over the calls of one conversation, so that a person
 * keeps the same placeholder from the first message to the last.
 */
export class Vault {
  readonly #byPlaceholder = new Map<string, VaultEntry>();
  readonly #byKey = new Map<string, VaultEntry>();
  readonly #counters = new Map<EntityType, number>();

  static fromJSON(json: unknown): Vault {
    const vault = new Vault();
    const data = json as Partial<VaultJSON> | null;
    if (!data || data.version !== 1 || !Array.isArray(data.entries)) throw new Error("not a Plume vault (version 1)");
    for (const entry of data.entries) {
      if (!isEntityType(entry.type) || typeof entry.placeholder !== "string" || typeof entry.original !== "string") {
        throw new Error("not a Plume vault: malformed entry");
      }
      vault.#insert({ ...entry, variants: [...(entry.variants ?? [entry.original])], keys: [...(entry.keys ?? [])] });
      const index = Number(/_(\d+)\]$/.exec(entry.placeholder)?.[1] ?? 0);
      vault.#counters.set(entry.type, Math.max(vault.#counters.get(entry.type) ?? 0, index));
    }
    return vault;
  }

  toJSON(): VaultJSON {
    return { version: 1, entries: this.entries().map((e) => ({ ...e, variants: [...e.variants], keys: [...e.keys] })) };
  }

  entries(): VaultEntry[] {
    return [...this.#byPlaceholder.values()];
  }

  get size(): number {
    return this.#byPlaceholder.size;
  }

  get(placeholder: string): VaultEntry | undefined {
    return this.#byPlaceholder.get(placeholder);
  }

  /** The placeholder of the entity `original` is a writing of, created on first sight. */
  placeholderFor(type: EntityType, original: string, key?: string): string {
    const identity = type === "PERSONNE" ? personKey(original) : (key ?? original);
    const fullKey = `${type}\u0000${identity}`;
    const entry = this.#byKey.get(fullKey) ?? (type === "PERSONNE" ? this.#samePerson(original) : undefined);
    if (entry) {
      this.#remember(entry, fullKey, original);
      return entry.placeholder;
    }
    const index = (this.#counters.get(type) ?? 0) + 1;
    this.#counters.set(type, index);
    const created: VaultEntry = { placeholder: formatPlaceholder(type, index), type, original, variants: [], keys: [] };
    this.#insert(created);
    this.#remember(created, fullKey, original);
    return created.placeholder;
  }

  #insert(entry: VaultEntry): void {
    this.#byPlaceholder.set(entry.placeholder, entry);
    for (const key of entry.keys) this.#byKey.set(key, entry);
  }

  #remember(entry: VaultEntry, fullKey: string, original: string): void {
    if (!entry.keys.includes(fullKey)) entry.keys.push(fullKey);
    this.#byKey.set(fullKey, entry);
    if (!entry.variants.includes(original)) entry.variants.push(original);
    if (nameTokens(original).length > nameTokens(entry.original).length) entry.original = original;
  }

  /**
   * The one known person a mention is part of (`Dupont` of `Jean Dupont`), or the one known
   * mention that is part of this fuller name. Ambiguity (two Dupont) links nothing.
   */
  #samePerson(original: string): VaultEntry | undefined {
    const tokens = nameTokens(original);
    if (tokens.length === 0) return undefined;
    const matches = this.entries().filter((entry) => {
      if (entry.type !== "PERSONNE") return false;
      // Against the fullest writing only: `Dupont` then `Jean Dupont` must not let `Marie Dupont` in.
      const known = nameTokens(entry.original);
      return isPartOf(tokens, known) || isPartOf(known, tokens);
    });
    return matches.length === 1 ? matches[0] : undefined;
  }
}
