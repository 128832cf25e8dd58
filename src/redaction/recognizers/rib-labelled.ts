import { ribKey } from "../checksums.ts";
import type { Entity } from "../entity.ts";
import type { Recognizer } from "../recognizer.ts";
import { fold } from "../text/fold.ts";

/**
 * French bank details given part by part under their labels, as forms and letters print them:
 * `Code banque : 30006` / `Code guichet : 00001` / `N° de compte : 12345678901` / `Clé RIB : 89`
 * on separate lines, or a table whose header names the parts and whose next row gives them. The
 * account number and the key are masked (the bank and branch codes name an agency, not a person);
 * when all four parts are there, the RIB key must hold.
 */

type Part = "bank" | "branch" | "account" | "key";

/** Only a text naming a branch code or a RIB key is read further; prose seldom does. */
const GATE = /[gG]uichet|GUICHET|[cC]l[ée]\s?(?:RIB|rib|R\.I\.B)|CL[ÉE]\s?RIB/y;
/**
 * What every gate word holds, one to four characters after its start: a search for it skips
 * through prose faster than one for the gate words, whose first letters (c, g) are common.
 */
const GATE_CORE = /uichet|UICHET|RIB|rib|R\.I\.B/g;
const CORE_OFFSETS = [4, 3, 1];

/** Where the gate words are, as a search for `GATE` made global would find them, in order. */
function gateWords(text: string): number[] {
  const found: number[] = [];
  let end = 0;
  GATE_CORE.lastIndex = 0;
  for (let core = GATE_CORE.exec(text); core; core = GATE_CORE.exec(text)) {
    for (const offset of CORE_OFFSETS) {
      const at = core.index - offset;
      if (at < end) continue;
      GATE.lastIndex = at;
      if (!GATE.test(text)) continue;
      found.push(at);
      end = GATE.lastIndex;
      break;
    }
  }
  return found;
}
/** How far around a gate word the parts are looked for. */
const BEFORE = 240;
const AFTER = 400;

const VALUE_SHAPES: Readonly<Record<Part, RegExp>> = {
  bank: /^\d{5}$/,
  branch: /^\d{5}$/,
  account: /^(?=.*\d)[0-9A-Z]{11}$/,
  key: /^\d\d$/,
};

/** The part a label names, from its folded text; undefined for any other text. */
function partOf(label: string): Part | undefined {
  const folded = fold(label)
    .replace(/[\s.:]+/g, " ")
    .trim();
  if (/^code (?:banque|etablissement)$/.test(folded)) return "bank";
  if (/^code guichet$/.test(folded)) return "branch";
  if (/^(?:(?:numero|n°|no|num) (?:de )?)?compte(?: bancaire)?$/.test(folded)) return "account";
  if (/^cle(?: rib| r i b)?$/.test(folded)) return "key";
  return undefined;
}

interface Found {
  start: number;
  end: number;
  value: string;
}

/** A value under its label: `Clé RIB : 89`. */
interface Labelled extends Found {
  part: Part;
}

/** `Label : value` on one line; the label is group 1, the value group 2. */
const LABELLED_LINE =
  /(code\s+banque|code\s+[ée]tablissement|code\s+guichet|(?:num[ée]ro|n°|no|num\.?)\s*(?:de\s+)?compte(?:\s+bancaire)?|compte(?:\s+bancaire)?|cl[ée](?:\s*(?:rib|r\.i\.b\.?))?)[ \t]*[:=]?[ \t]*([0-9A-Z]{2,11})(?![0-9A-Za-z])/dgiu;

/**
 * The labelled values around the gate words whose shape fits their part, in text order, each
 * stretch where windows meet read once: read per gate word, a window was read again for every
 * gate word in it (80 times for `Clé RIB ` repeated), and a text of them took minutes. Which
 * labels a window's reading found depended on where it began; the stretch's finds them all.
 */
function labelledValues(text: string, gates: readonly number[]): Labelled[] {
  const found: Labelled[] = [];
  for (let i = 0; i < gates.length;) {
    const from = Math.max(0, gates[i]! - BEFORE);
    let to = Math.min(text.length, gates[i]! + AFTER);
    // The next gate words, while their windows meet this stretch.
    for (i++; i < gates.length && gates[i]! - BEFORE <= to; i++)
      to = Math.min(text.length, gates[i]! + AFTER);
    const region = text.slice(0, to);
    LABELLED_LINE.lastIndex = from;
    for (let match = LABELLED_LINE.exec(region); match; match = LABELLED_LINE.exec(region)) {
      const part = partOf(match[1]!);
      const [start, end] = match.indices![2]!;
      const value = match[2]!.toUpperCase();
      if (part && VALUE_SHAPES[part].test(value)) found.push({ start, end, value, part });
      // Not a value: maybe the next label, after an empty field (`Code guichet : Clé RIB 89`).
      else LABELLED_LINE.lastIndex = match.index + 1;
    }
  }
  return found;
}

interface Cell {
  start: number;
  end: number;
  text: string;
}

/** The cells of a table row, `|` or tab separated, with their offsets (spaces trimmed). */
function cells(text: string, lineStart: number, lineEnd: number): Cell[] {
  const row: Cell[] = [];
  let cellStart = lineStart;
  for (let at = lineStart; at <= lineEnd; at++) {
    const code = at < lineEnd ? text.charCodeAt(at) : 124;
    if (code !== 124 && code !== 9) continue;
    let start = cellStart;
    let end = at;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    row.push({ start, end, text: text.slice(start, end) });
    cellStart = at + 1;
  }
  // The outer bars of a markdown row leave an empty cell at each end.
  if (row[0]?.text === "" && text[lineStart] !== "\t") row.shift();
  if (row.length && row[row.length - 1]!.text === "") row.pop();
  return row;
}

/**
 * The lines of a text and what each says as a row of a table, each read once. Every gate word
 * looked for the start and the end of its lines and cut them into cells: a long line without
 * breaks cost the square of its length, and gate words close together read the same rows again.
 */
class Rows {
  readonly #text: string;
  readonly #breaks: number[] = [];
  /** By line: the parts a header row names, or null for a line that names fewer than two. */
  readonly #headers = new Map<number, Array<Part | undefined> | null>();
  readonly #cells = new Map<number, Cell[]>();
  readonly #rules = new Map<number, boolean>();

  constructor(text: string) {
    this.#text = text;
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1))
      this.#breaks.push(at);
  }

  /** The line holding `at` (the next one when `at` is a line break): the breaks up to `at`. */
  lineAt(at: number): number {
    let low = 0;
    let high = this.#breaks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#breaks[middle]! <= at) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Where a line starts; Infinity past the last. */
  start(line: number): number {
    if (line === 0) return 0;
    return line <= this.#breaks.length ? this.#breaks[line - 1]! + 1 : Infinity;
  }

  #end(line: number): number {
    return this.#breaks[line] ?? this.#text.length;
  }

  cells(line: number): Cell[] {
    let row = this.#cells.get(line);
    if (row === undefined) {
      row = cells(this.#text, this.start(line), this.#end(line));
      this.#cells.set(line, row);
    }
    return row;
  }

  header(line: number): Array<Part | undefined> | null {
    let header = this.#headers.get(line);
    if (header === undefined) {
      header = this.cells(line).map((cell) => partOf(cell.text));
      if (header.filter((part) => part !== undefined).length < 2) header = null;
      this.#headers.set(line, header);
    }
    return header;
  }

  /** A markdown rule (`|---|---|`) or a blank line, between a header and its values. */
  isRule(line: number): boolean {
    let rule = this.#rules.get(line);
    if (rule === undefined) {
      rule = /^[\s|:-]*$/.test(this.#text.slice(this.start(line), this.#end(line)));
      this.#rules.set(line, rule);
    }
    return rule;
  }
}

/** The values under the header row `line` (past a markdown rule, if any), by the parts it names. */
function fromTable(
  rows: Rows,
  line: number,
  header: ReadonlyArray<Part | undefined>,
  to: number,
  parts: Map<Part, Found>
): void {
  let next = line + 1;
  while (rows.start(next) < to && rows.isRule(next)) next++;
  if (rows.start(next) >= to) return;
  const values = rows.cells(next);
  header.forEach((part, column) => {
    const cell = values[column];
    const value = cell?.text.replace(/\s+/g, "").toUpperCase();
    if (part && cell && value && !parts.has(part) && VALUE_SHAPES[part].test(value))
      parts.set(part, { start: cell.start, end: cell.end, value });
  });
}

export const ribLabelledRecognizer: Recognizer = {
  name: "rib-labelled",
  type: "RIB",
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    const gates = gateWords(text);
    if (gates.length === 0) return found;
    const rows = new Rows(text);
    const labelled = labelledValues(text, gates);
    // Windows only move forward: no line from the window's first to before `noHeader` is a
    // header row, and `first` is the window's first labelled value.
    let noHeader = 0;
    let first = 0;
    const reported = new Set<number>();
    for (const gate of gates) {
      const from = Math.max(0, gate - BEFORE);
      const to = Math.min(text.length, gate + AFTER);
      const parts = new Map<Part, Found>();
      // The first header row of the window, then the values under it.
      let line = Math.max(rows.lineAt(from), noHeader);
      while (rows.start(line) < to && rows.header(line) === null) line++;
      noHeader = line;
      const header = rows.start(line) < to ? rows.header(line) : null;
      if (header) fromTable(rows, line, header, to, parts);
      while (first < labelled.length && labelled[first]!.start < from) first++;
      for (let i = first; i < labelled.length && labelled[i]!.start < to; i++) {
        const entry = labelled[i]!;
        if (!parts.has(entry.part)) parts.set(entry.part, entry);
      }
      const account = parts.get("account");
      const key = parts.get("key");
      const bank = parts.get("bank");
      const branch = parts.get("branch");
      // A key alone says too little; all four parts must agree.
      if (!account) continue;
      const complete = key && bank && branch;
      if (complete && ribKey(bank.value, branch.value, account.value) !== key.value) continue;
      const identity = complete
        ? bank.value + branch.value + account.value + key.value
        : account.value;
      for (const part of [account, key]) {
        if (!part || reported.has(part.start)) continue;
        reported.add(part.start);
        found.push({
          start: part.start,
          end: part.end,
          type: "RIB",
          score: complete ? 0.95 : 0.85,
          recognizer: "rib-labelled",
          key: identity,
        });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
