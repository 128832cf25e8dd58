import type { Entity } from "../entity.ts";
import type { EntityType } from "../entity-types.ts";
import type { Recognizer } from "../recognizer.ts";
import { fold } from "../text/fold.ts";
import { birthKey } from "./birth-date.ts";

/**
 * What separates a table's cells pasted as text: a spreadsheet's, a CSV's, markdown's; and, for a
 * table laid out in columns of a fixed width (a register's extract, a PDF's table copied), two
 * spaces or more, written `SPACED`.
 */
const SPACED = "  ";
const DELIMITERS = ["\t", ";", "|", ",", SPACED] as const;
/** Where a fixed-width row's cells part: two spaces or more, or a tab. */
const SPACED_GAP = / {2,}|\t/g;

/** Column headers, folded, `*`, `(s)`, `:` and spaces trimmed, and the type of their cells. */
const COLUMNS: ReadonlyMap<string, EntityType> = new Map([
  ...[
    "nom",
    "noms",
    "prenom",
    "prenoms",
    "nom prenom",
    "nom et prenom",
    "nom et prenoms",
    "nom de naissance",
    "nom d'usage",
    "nom de famille",
    "nom marital",
    "beneficiaire",
    "demandeur",
    "agent",
    "salarie",
    "patient",
    "eleve",
    "titulaire",
    "conjoint",
    "responsable legal",
    "name",
    "first name",
    "last name",
    "surname",
    "preneur d'assurance",
    "conducteur",
    "assure",
  ].map((label): [string, EntityType] => [label, "PERSONNE"]),
  ...["immatriculation", "n° d'immatriculation", "plaque"].map((label): [string, EntityType] => [
    label,
    "PLAQUE",
  ]),
  ...["permis n°", "n° de permis", "n° permis", "permis de conduire"].map(
    (label): [string, EntityType] => [label, "PASSEPORT"]
  ),
  ...["date de naissance", "date naissance", "ne le", "ne(e) le", "dn", "dob", "date of birth"].map(
    (label): [string, EntityType] => [label, "DATE_NAISSANCE"]
  ),
  ...["nir", "n° securite sociale", "numero de securite sociale", "n° ss", "nss"].map(
    (label): [string, EntityType] => [label, "NIR"]
  ),
  ...["telephone", "tel", "tel.", "portable", "mobile", "phone"].map(
    (label): [string, EntityType] => [label, "TELEPHONE"]
  ),
  ...["courriel", "email", "e-mail", "mail", "adresse mail", "adresse electronique"].map(
    (label): [string, EntityType] => [label, "COURRIEL"]
  ),
  ...["adresse", "adresse postale", "domicile", "address"].map((label): [string, EntityType] => [
    label,
    "ADRESSE",
  ]),
  ["iban", "IBAN"],
  ...[
    "n° allocataire",
    "numero allocataire",
    "matricule",
    "identifiant",
    "n° client",
    "ine",
    "n° etranger",
    "numero etranger",
    "n° de contrat",
  ].map((label): [string, EntityType] => [label, "IDENTIFIANT"]),
]);

/** What a cell must look like to be taken as its column's type: a header says what, not that. */
const CELL_SHAPES: Readonly<Record<string, RegExp>> = {
  PERSONNE: /^[\p{L}][\p{L}'’ .-]{0,58}$/u,
  NIR: /^[12](?:[ .-]?[\dAB]){12,14}$/u,
  TELEPHONE: /^\+?[\d(][\d ().-]{7,18}$/u,
  COURRIEL: /^[^\s@]+@[^\s@]+$/u,
  ADRESSE: /^(?=.*\p{L})(?=.*\d).{6,120}$/u,
  IBAN: /^[A-Z]{2}\d\d(?:[ ]?[A-Z0-9]){10,30}$/u,
  IDENTIFIANT: /^(?=.*\d)[A-Z0-9][A-Z0-9 ./-]{3,23}$/u,
  PLAQUE: /^(?=.*\d)(?=.*[A-Z])[A-Z0-9][A-Z0-9 -]{4,10}$/u,
  PASSEPORT: /^(?=.*\d)[A-Z0-9]{6,14}$/u,
};

/**
 * Below the score of every recognizer of a value's own shape: where one reads the same cell (a
 * phone, an e-mail, a NIR), its entity wins, and with it the value's identity (E.164, the address
 * in lower case), which a later writing of the value shares.
 */
const SCORE = 0.6;

const cellEntity = (start: number, end: number, type: EntityType): Entity => ({
  start,
  end,
  type,
  score: SCORE,
  recognizer: "table-columns",
});

/** How long a header's cell may be: longer, it is a phrase. */
const MAX_LABEL = 32;
/** How long a header row may be: longer, it is prose. */
const MAX_HEADER = 240;
/** A person's column must be among the headers: the word every such table has. */
const NAME_HEADER = /nom|Nom|NOM|name|Name|NAME/g;

/** A CSV's cells are not padded: commas followed by spaces are prose's. */
const isProse = (row: string, delimiter: string) => delimiter === "," && row.includes(", ");

const label = (cell: string) =>
  fold(cell)
    .replace(/[*:]|\(s\)/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** The cells of a row, as spans of the text, trimmed. */
function cellsOf(text: string, from: number, to: number, delimiter: string): [number, number][] {
  if (delimiter === SPACED) return spacedCellsOf(text, from, to);
  const cells: [number, number][] = [];
  let start = from;
  // A markdown row's outer bars open and close no cell.
  if (delimiter === "|" && text[start] === "|") start++;
  let stop = to;
  if (delimiter === "|" && text[stop - 1] === "|") stop--;
  for (let at = start; at <= stop; at++) {
    if (at < stop && text[at] !== delimiter) continue;
    let a = start;
    let b = at;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    cells.push([a, b]);
    start = at + 1;
  }
  return cells;
}

/** The cells of a fixed-width row: what lies between its gaps of two spaces or more, trimmed. */
function spacedCellsOf(text: string, from: number, to: number): [number, number][] {
  const cells: [number, number][] = [];
  const row = text.slice(from, to);
  let start = 0;
  SPACED_GAP.lastIndex = 0;
  for (let gap = SPACED_GAP.exec(row); ; gap = SPACED_GAP.exec(row)) {
    const end = gap ? gap.index : row.length;
    let a = start;
    let b = end;
    while (a < b && /\s/.test(row[a]!)) a++;
    while (b > a && /\s/.test(row[b - 1]!)) b--;
    // The row's indentation opens no cell.
    if (b > a || cells.length > 0 || gap === null) cells.push([from + a, from + b]);
    if (!gap) break;
    start = gap.index + gap[0].length;
  }
  return cells;
}

/**
 * A table pasted as text (from a spreadsheet, a CSV export, markdown): under a header row that
 * names a person's column (`Nom`, `Prénom`), each cell is read as its column says, where the
 * recognizers, reading prose, see a surname in capitals alone (`DUPONT;Jean`), a date with no
 * `né le`, a NIR far from its word. A cell is taken only when it has its type's shape (a birth
 * date, when it is a past date); rows end at the first line with another number of cells.
 */
export const tableColumnsRecognizer: Recognizer = {
  name: "table-columns",
  type: "PERSONNE",
  types: [...new Set(COLUMNS.values())],
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    fieldRows(text, found);
    let after = 0;
    NAME_HEADER.lastIndex = 0;
    for (let match = NAME_HEADER.exec(text); match; match = NAME_HEADER.exec(text)) {
      if (match.index < after) continue;
      const lineStart = text.lastIndexOf("\n", match.index) + 1;
      const newline = text.indexOf("\n", match.index);
      const lineEnd = newline < 0 ? text.length : newline;
      after = lineEnd;
      if (lineEnd - lineStart > MAX_HEADER) continue;
      const header = headerOf(text, lineStart, lineEnd, match.index);
      if (!header) continue;
      after = readRows(text, lineEnd, header, found);
    }
    return found;
  },
};

interface Header {
  delimiter: string;
  types: Array<EntityType | undefined>;
}

/**
 * The row as a header: its delimiter, and its columns' types, a person's among them. The cell the
 * name's word was found in is read first, alone: in prose it is a phrase, no header, and the row
 * is left without being split.
 */
function headerOf(text: string, from: number, to: number, at: number): Header | undefined {
  // Searched in the row alone: in the text, a delimiter it lacks would be looked for to the end.
  const row = text.slice(from, to);
  for (const delimiter of DELIMITERS) {
    // A row with no such delimiter has one cell, no header's: most rows of prose are left here.
    if (!row.includes(delimiter) || isProse(row, delimiter)) continue;
    const [cellStart, cellEnd] = cellAround(text, from, to, at, delimiter);
    // Both ends in the row, and a header's length (`Nom de naissance *`), or no header's cell.
    if ((cellStart === 0 && cellEnd === row.length) || cellEnd - cellStart > MAX_LABEL) continue;
    if (COLUMNS.get(label(row.slice(cellStart, cellEnd))) !== "PERSONNE") continue;
    const types = cellsOf(text, from, to, delimiter).map(([a, b]) =>
      COLUMNS.get(label(text.slice(a, b)))
    );
    if (types.filter(Boolean).length >= 2) return { delimiter, types };
  }
  return undefined;
}

/** The span, within the row, of the cell that holds `at`. */
function cellAround(
  text: string,
  from: number,
  to: number,
  at: number,
  delimiter: string
): [number, number] {
  if (delimiter === SPACED) {
    const cell = spacedCellsOf(text, from, to).find(([a, b]) => a <= at && at < b);
    // Outside every cell: no header's, as a cell the whole row is not.
    return cell ? [cell[0] - from, cell[1] - from] : [0, to - from];
  }
  const row = text.slice(from, to);
  const next = row.indexOf(delimiter, at - from);
  return [row.lastIndexOf(delimiter, at - from) + 1, next < 0 ? row.length : next];
}

/**
 * Where a table on its side parts its columns: three spaces, searched alone (a regex of the three
 * or a tab read prose six times slower), or a tab.
 */
const THREE_SPACES = / {3}/g;

/**
 * A table on its side, as forms lay out two parties side by side (a constat amiable's vehicles A
 * and B): each row a field, its label in the first column, then a value per column
 * (`Immatriculation      GH-482-TX      731 BKL 69`, `Né(e) le   03.07.1986   11 février 1984`).
 * The value right after its label the recognizers read; the next columns' are as far from it
 * as their width. Each value cell is read as its row's label says, when it has the label's shape;
 * a row whose values are labels too is a header's.
 */
function fieldRows(text: string, found: Entity[]): void {
  const rows = new Set<number>();
  THREE_SPACES.lastIndex = 0;
  for (let gap = THREE_SPACES.exec(text); gap; gap = THREE_SPACES.exec(text))
    THREE_SPACES.lastIndex = fieldRow(text, gap.index, rows, found);
  for (let tab = text.indexOf("\t"); tab >= 0; tab = text.indexOf("\t", tab + 1))
    tab = fieldRow(text, tab, rows, found);
}

/** Reads the row around `at` once; gives where its line ends. */
function fieldRow(text: string, at: number, rows: Set<number>, found: Entity[]): number {
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const newline = text.indexOf("\n", at);
  const lineEnd = newline < 0 ? text.length : newline;
  if (rows.has(lineStart)) return lineEnd;
  rows.add(lineStart);
  const cells = spacedCellsOf(text, lineStart, lineEnd);
  const [labelStart, labelEnd] = cells[0]!;
  if (cells.length < 3 || labelEnd - labelStart > MAX_LABEL) return lineEnd;
  const type = COLUMNS.get(label(text.slice(labelStart, labelEnd)));
  const values = cells.slice(1);
  if (!type || values.some(([a, b]) => COLUMNS.has(label(text.slice(a, b))))) return lineEnd;
  for (const [a, b] of values) readCell(text, a, b, type, found);
  return lineEnd;
}

/** A cell as its column or row says, when it has that type's shape. */
function readCell(text: string, a: number, b: number, type: EntityType, found: Entity[]): void {
  const cell = text.slice(a, b);
  if (type === "DATE_NAISSANCE") {
    // A birth date has the birth-date recognizer's identity (ISO), so that the same date
    // written otherwise in the text (`né le 12 mars 1985`) is one placeholder.
    const key = birthKey(cell);
    if (key !== undefined) found.push({ ...cellEntity(a, b, type), key });
  } else if (CELL_SHAPES[type]!.test(cell)) found.push(cellEntity(a, b, type));
}

/** Reads the rows under a header into `found`; gives where the table ends. */
function readRows(text: string, headerEnd: number, header: Header, found: Entity[]): number {
  let line = headerEnd + 1;
  while (line < text.length) {
    const newline = text.indexOf("\n", line);
    const end = newline < 0 ? text.length : newline;
    const row = text.slice(line, end);
    // Markdown's rule under the header (`|---|---|`) is no row of data.
    if (!/^[\s|:-]+$/.test(row) || !row.includes("-")) {
      const cells = cellsOf(text, line, end, header.delimiter);
      if (
        row.trim() === "" ||
        cells.length !== header.types.length ||
        isProse(row, header.delimiter)
      )
        return line;
      cells.forEach(([a, b], i) => {
        const type = header.types[i];
        if (type) readCell(text, a, b, type, found);
      });
    }
    line = end + 1;
  }
  return text.length;
}
