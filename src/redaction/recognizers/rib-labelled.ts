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

/** `Label : value` on one line; the label is group 1, the value group 2. */
const LABELLED_LINE =
  /(code\s+banque|code\s+[ée]tablissement|code\s+guichet|(?:num[ée]ro|n°|no|num\.?)\s*(?:de\s+)?compte(?:\s+bancaire)?|compte(?:\s+bancaire)?|cl[ée](?:\s*(?:rib|r\.i\.b\.?))?)[ \t]*[:=]?[ \t]*([0-9A-Z]{2,11})(?![0-9A-Za-z])/dgiu;

function fromLines(text: string, from: number, to: number, parts: Map<Part, Found>): void {
  const region = text.slice(0, to);
  LABELLED_LINE.lastIndex = from;
  for (let match = LABELLED_LINE.exec(region); match; match = LABELLED_LINE.exec(region)) {
    const part = partOf(match[1]!);
    const [start, end] = match.indices![2]!;
    const value = match[2]!.toUpperCase();
    if (part && !parts.has(part) && VALUE_SHAPES[part].test(value))
      parts.set(part, { start, end, value });
  }
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

/** A header row naming the parts, then (after a markdown rule, if any) the row of their values. */
function fromTable(text: string, from: number, to: number, parts: Map<Part, Found>): void {
  const lines: Array<[number, number]> = [];
  for (let start = text.lastIndexOf("\n", from) + 1; start < to;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    lines.push([start, end]);
    if (newline < 0) break;
    start = newline + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const header = cells(text, ...lines[i]!).map((cell) => partOf(cell.text));
    if (header.filter((part) => part !== undefined).length < 2) continue;
    let next = i + 1;
    while (next < lines.length && /^[\s|:-]*$/.test(text.slice(...lines[next]!))) next++;
    if (next >= lines.length) return;
    const values = cells(text, ...lines[next]!);
    header.forEach((part, column) => {
      const cell = values[column];
      const value = cell?.text.replace(/\s+/g, "").toUpperCase();
      if (part && cell && value && !parts.has(part) && VALUE_SHAPES[part].test(value))
        parts.set(part, { start: cell.start, end: cell.end, value });
    });
    return;
  }
}

export const ribLabelledRecognizer: Recognizer = {
  name: "rib-labelled",
  type: "RIB",
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    const reported = new Set<number>();
    for (const gate of gateWords(text)) {
      const from = Math.max(0, gate - BEFORE);
      const to = Math.min(text.length, gate + AFTER);
      const parts = new Map<Part, Found>();
      fromTable(text, from, to, parts);
      fromLines(text, from, to, parts);
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
