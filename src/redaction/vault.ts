import type { Entity } from "./entity.ts";
import { isEntityType, type EntityType } from "./entity-types.ts";
import { isInitial, isPartOf, namesOf, nameTokens } from "./person-identity.ts";
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

/** One writing of an entry, as the pseudonymiser meets it: its type and identity key. */
interface Writing {
  type: EntityType;
  /** The key given with it, or "". */
  key: string;
  entry: VaultEntry;
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
  /**
   * Writings already linked, by their text, then type and key: a lookup by the text a
   * pseudonymiser has just cut out, with no key string built and hashed per entity.
   */
  readonly #byWriting = new Map<string, Writing[]>();
  /** Persons by each full name part of their fullest writing, so linking a mention looks at few entries. */
  readonly #personsByPart = new Map<string, Set<VaultEntry>>();
  readonly #personParts = new Map<VaultEntry, string[]>();

  static fromJSON(json: unknown): Vault {
    const vault = new Vault();
    const data = json as Partial<VaultJSON> | null;
    if (!data || data.version !== 1 || !Array.isArray(data.entries))
      throw new Error("not a Plume vault (version 1)");
    for (const entry of data.entries) {
      if (
        !isEntityType(entry.type) ||
        typeof entry.placeholder !== "string" ||
        typeof entry.original !== "string"
      ) {
        throw new Error("not a Plume vault: malformed entry");
      }
      vault.#insert({
        ...entry,
        variants: [...(entry.variants ?? [entry.original])],
        keys: [...(entry.keys ?? [])],
      });
      const index = Number(/_(\d+)\]$/.exec(entry.placeholder)?.[1] ?? 0);
      vault.#counters.set(entry.type, Math.max(vault.#counters.get(entry.type) ?? 0, index));
    }
    return vault;
  }

  toJSON(): VaultJSON {
    return {
      version: 1,
      entries: this.entries().map((e) => ({ ...e, variants: [...e.variants], keys: [...e.keys] })),
    };
  }

  entries(): VaultEntry[] {
    return [...this.#byPlaceholder.values()];
  }

  get size(): number {
    return this.#byPlaceholder.size;
  }

  /**
   * Keeps a placeholder someone else already uses (the task pane's, seen by the gateway) out of the
   * numbering, so that the placeholders this vault makes never collide with it.
   */
  reserve(placeholder: string): void {
    const match = /^\[([A-Z_]+)_(\d+)\]$/.exec(placeholder);
    if (!match || !isEntityType(match[1]!)) return;
    const type = match[1];
    this.#counters.set(type, Math.max(this.#counters.get(type) ?? 0, Number(match[2])));
  }

  get(placeholder: string): VaultEntry | undefined {
    return this.#byPlaceholder.get(placeholder);
  }

  /**
   * The placeholders of a text's entities (sorted), in its order. Its new persons are linked as if
   * each one's fullest writing came first: `Mme Martin`, then `Nathalie`, then `Nathalie Martin`
   * are one person, where read in order the first two made two and the third, fitting both, a
   * third. The entries made are then numbered in the order the text first names them. The vault
   * keeps each value as read (`Ophélie` for `Oph\u00e9lie`), one person either way.
   */
  placeholdersFor(text: string, entities: readonly Entity[]): string[] {
    const valueOf = (entity: Entity) => entity.value ?? text.slice(entity.start, entity.end);
    const firstSeen = new Map<string, { at: number; key: string | undefined }>();
    entities.forEach((entity, at) => {
      if (entity.type !== "PERSONNE") return;
      const original = valueOf(entity);
      if (!firstSeen.has(original) && !this.#byWriting.has(original))
        firstSeen.set(original, { at, key: entity.key });
    });
    if (firstSeen.size > 1) this.#linkFullestFirst(firstSeen);
    return entities.map((entity) => this.placeholderFor(entity.type, valueOf(entity), entity.key));
  }

  #linkFullestFirst(firstSeen: ReadonlyMap<string, { at: number; key: string | undefined }>) {
    const before = this.#counters.get("PERSONNE") ?? 0;
    // Sorted by what `isFuller` compares, each writing's figures read once.
    const fullestFirst = [...firstSeen.keys()]
      .map((original) => {
        const parts = nameTokens(original);
        const names = parts.flatMap(namesOf);
        return { original, parts, names: names.length, initials: names.filter(isInitial).length };
      })
      .sort(
        (a, b) => b.names - a.names || a.initials - b.initials || a.parts.length - b.parts.length
      );
    const made = new Map<VaultEntry, number>();
    for (const { original, parts } of fullestFirst) {
      const { at, key } = firstSeen.get(original)!;
      const count = this.#counters.get("PERSONNE") ?? 0;
      const entry = this.#linkWriting("PERSONNE", original, key, parts);
      const first = made.get(entry);
      if (first !== undefined) made.set(entry, Math.min(first, at));
      else if ((this.#counters.get("PERSONNE") ?? 0) > count) made.set(entry, at);
    }
    // Nothing of these entries has been given out yet: their numbers may still change hands.
    const inTextOrder = [...made].sort((a, b) => a[1] - b[1]).map(([entry]) => entry);
    for (const entry of inTextOrder) this.#byPlaceholder.delete(entry.placeholder);
    inTextOrder.forEach((entry, i) => {
      entry.placeholder = formatPlaceholder("PERSONNE", before + 1 + i);
      this.#byPlaceholder.set(entry.placeholder, entry);
    });
  }

  /** The placeholder of the entity `original` is a writing of, created on first sight. */
  placeholderFor(type: EntityType, original: string, key?: string): string {
    // The same writing again, the common case in a long document, links the same way.
    const writings = this.#byWriting.get(original);
    if (writings) {
      const wanted = key ?? "";
      for (const writing of writings)
        if (writing.type === type && writing.key === wanted) return writing.entry.placeholder;
    }
    return this.#linkWriting(type, original, key).placeholder;
  }

  /** Links a writing not seen yet; `parts`, a person's name parts, when already read. */
  #linkWriting(type: EntityType, original: string, key?: string, parts?: string[]): VaultEntry {
    const entry = this.#link(type, original, key, parts);
    const writing = { type, key: key ?? "", entry };
    const writings = this.#byWriting.get(original);
    if (writings) writings.push(writing);
    else this.#byWriting.set(original, [writing]);
    return entry;
  }

  #link(type: EntityType, original: string, key?: string, known?: string[]): VaultEntry {
    // A person's name parts, read once for the key (sorted, so that word order does not matter),
    // the link to a known person and the index.
    const parts = type === "PERSONNE" ? (known ?? nameTokens(original)) : undefined;
    const identity = parts ? sortedIdentity(parts) : (key ?? original);
    const fullKey = `${type}\u0000${identity}`;
    const entry = this.#byKey.get(fullKey) ?? (parts ? this.#samePerson(parts) : undefined);
    if (entry) {
      this.#remember(entry, fullKey, original, parts);
      return entry;
    }
    const index = (this.#counters.get(type) ?? 0) + 1;
    this.#counters.set(type, index);
    const created: VaultEntry = {
      placeholder: formatPlaceholder(type, index),
      type,
      original,
      variants: [],
      keys: [],
    };
    this.#insert(created);
    this.#remember(created, fullKey, original, parts);
    return created;
  }

  #insert(entry: VaultEntry): void {
    this.#byPlaceholder.set(entry.placeholder, entry);
    for (const key of entry.keys) this.#byKey.set(key, entry);
    if (entry.type === "PERSONNE" && entry.variants.length)
      this.#indexPerson(entry, nameTokens(entry.original));
  }

  #remember(entry: VaultEntry, fullKey: string, original: string, parts?: string[]): void {
    if (!entry.keys.includes(fullKey)) entry.keys.push(fullKey);
    this.#byKey.set(fullKey, entry);
    if (entry.variants.includes(original)) return;
    entry.variants.push(original);
    if (entry.type !== "PERSONNE") return;
    const names = parts ?? nameTokens(original);
    if (!isFuller(names, this.#personParts.get(entry) ?? [])) return;
    entry.original = original;
    this.#indexPerson(entry, names);
  }

  #indexPerson(entry: VaultEntry, parts: string[]): void {
    this.#personParts.set(entry, parts);
    // By each name, a compound's too, so that `Durand Lefort` finds `Durand-Lefort`.
    for (const name of parts.flatMap(namesOf)) {
      if (name.endsWith(".")) continue;
      let entries = this.#personsByPart.get(name);
      if (!entries) this.#personsByPart.set(name, (entries = new Set<VaultEntry>()));
      entries.add(entry);
    }
  }

  /**
   * The one known person a mention is part of (`Dupont` of `Jean Dupont`), or the one known
   * mention that is part of this fuller name. Ambiguity (two Dupont) links nothing.
   */
  #samePerson(tokens: readonly string[]): VaultEntry | undefined {
    // Most new names share no part with a known person: no set is made for them.
    let first: VaultEntry | undefined;
    let candidates: Set<VaultEntry> | undefined;
    for (const name of tokens.flatMap(namesOf)) {
      const entries = this.#personsByPart.get(name);
      if (!entries) continue;
      for (const entry of entries) {
        if (first === undefined) first = entry;
        else if (entry !== first) (candidates ??= new Set([first])).add(entry);
      }
    }
    if (first === undefined) return undefined;
    let match: VaultEntry | undefined;
    for (const entry of candidates ?? [first]) {
      // Against the fullest writing only: `Dupont` then `Jean Dupont` must not let `Marie Dupont` in.
      const known = this.#personParts.get(entry)!;
      if (!isPartOf(tokens, known) && !isPartOf(known, tokens)) continue;
      if (match) return undefined;
      match = entry;
    }
    return match;
  }
}

/**
 * Whether a writing of a person says more than the one kept: more name parts, or as many with fewer
 * initials (`Jean-François NOWAK` rather than `J.-F. Nowak`), or as many in fewer words: its
 * compounds (`Jean-Luc MARTIN` rather than `Jean Luc MARTIN`), which a son `Jean` is then not part of.
 */
function isFuller(tokens: readonly string[], keptTokens: readonly string[]): boolean {
  const names = tokens.flatMap(namesOf);
  const kept = keptTokens.flatMap(namesOf);
  if (names.length !== kept.length) return names.length > kept.length;
  const initials = (parts: readonly string[]) => parts.filter(isInitial).length;
  const fewerInitials = initials(kept) - initials(names);
  return fewerInitials !== 0 ? fewerInitials > 0 : tokens.length < keptTokens.length;
}

/** A person's identity key: the name parts in code-unit order, as `[...parts].sort()` puts them. */
function sortedIdentity(parts: readonly string[]): string {
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 2) {
    const [a, b] = parts as [string, string];
    return b < a ? `${b} ${a}` : `${a} ${b}`;
  }
  return [...parts].sort().join(" ");
}
