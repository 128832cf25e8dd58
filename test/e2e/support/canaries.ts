/*
 * The canary corpus: a French case note full of personal data written the ways agents write it, and
 * the check that none of it reached the model, in any form the bytes could carry it. Every person,
 * number and address is fictional; the NIR and IBANs carry valid keys and the phones lie in ARCEP's
 * ranges reserved for fiction, so the engine masks them as it would real ones.
 */
import type { Page } from "playwright-core";
import { placeCaretAfter } from "../../hosts/browser/harness-page.ts";

/** The corpus, a paragraph a line; the first is a heading ("# ", as the paste form reads it). */
export const CORPUS: readonly string[] = [
  "# Note d'audience du 12 mars 2025 — RG 21/04567",
  "M. Jean DUPONT, né le 3 mai 1962 à Vienne (38), demeurant 14 rue de la République, 69002 Lyon, a saisi le tribunal judiciaire (n° RG 21-04567 ; N° Portalis DBVX-V-B7F-NKQ4).",
  "Son numéro de sécurité sociale est le 1 62 05 38 544 012 04.",
  "Mme Claire de La Fontaine, avocate de M. Dupont, a déposé ses conclusions le 2 mars 2025. Elle est joignable au 06 39 98 45 67, au +33 6 39 98 45 68 ou au 04.65.71.20.35, et par courriel à claire.delafontaine@avocats.example.org.",
  "Mme Samia Benali-Martin, témoin, réside 8 allée des Tilleuls, BP 42, 69321 Lyon CEDEX 07 ; téléphone 0639984569 ; courriel s.benali-martin@example.fr.",
  "Le véhicule de M. DUPONT, immatriculé AB-123-CD, a été saisi.",
  "Les loyers étaient prélevés sur le compte FR14 2004 1010 0505 0001 3M02 606, puis sur le compte FR7630006000011234567890189.",
  "La Cour de cassation (pourvoi n° Y 19-19.463) a été saisie ; Dupont conteste la décision.",
  "Mme Benali-Martin précise que Jean Dupont lui écrivait à jean.dupont@example.org.",
];

/** The corpus as plain paragraphs, without the heading marker: as typed into a mail. */
export const CORPUS_TEXT: readonly string[] = CORPUS.map((line) => line.replace(/^# /, ""));

export interface Canary {
  /** What it is, for the failure message. */
  kind: string;
  value: string;
  /** An identifier: also looked for without its separators (spaces, dots, dashes, slashes). */
  identifier?: boolean;
}

const person = (value: string): Canary => ({ kind: "personne", value });
const id = (kind: string, value: string): Canary => ({ kind, value, identifier: true });

/** Every writing of every personal datum of the corpus. Matched without regard to case. */
export const CANARIES: readonly Canary[] = [
  person("Jean DUPONT"),
  person("Dupont"),
  person("Claire de La Fontaine"),
  person("La Fontaine"),
  person("Fontaine"),
  person("Samia Benali-Martin"),
  person("Benali-Martin"),
  person("Benali"),
  person("Samia"),
  { kind: "date de naissance", value: "3 mai 1962" },
  { kind: "adresse", value: "14 rue de la République" },
  { kind: "adresse", value: "8 allée des Tilleuls" },
  { kind: "adresse", value: "BP 42" },
  { kind: "adresse", value: "69321 Lyon CEDEX 07" },
  { kind: "adresse", value: "69002 Lyon" },
  id("NIR", "1 62 05 38 544 012 04"),
  id("NIR", "1620538544012"),
  id("IBAN", "FR14 2004 1010 0505 0001 3M02 606"),
  id("IBAN", "FR7630006000011234567890189"),
  id("RIB", "30006000011234567890189"),
  id("téléphone", "06 39 98 45 67"),
  id("téléphone", "+33 6 39 98 45 68"),
  id("téléphone", "06 39 98 45 68"),
  id("téléphone", "04.65.71.20.35"),
  id("téléphone", "0639984569"),
  { kind: "courriel", value: "claire.delafontaine@avocats.example.org" },
  { kind: "courriel", value: "s.benali-martin@example.fr" },
  { kind: "courriel", value: "jean.dupont@example.org" },
  id("numéro RG", "21/04567"),
  id("numéro RG", "21-04567"),
  id("Portalis", "DBVX-V-B7F-NKQ4"),
  id("pourvoi", "Y 19-19.463"),
  id("pourvoi", "19-19.463"),
  id("plaque", "AB-123-CD"),
];

/** What was sent, as bytes and as the strings of its JSON bodies. */
export interface Traffic {
  /** The bytes as received (request lines, headers, bodies), decoded as UTF-8. */
  raw: string;
  /** The JSON bodies. */
  bodies: readonly string[];
}

export interface Leak {
  canary: Canary;
  /** In which form it was found. */
  form: string;
}

const lower = (text: string) => text.toLowerCase();
/** Every run of white space (no-break spaces, line breaks, escaped or not) as one space. */
const normalise = (text: string) =>
  lower(text)
    .replace(/\\[nrt]/g, " ")
    .replace(/[\s\u00a0\u202f]+/g, " ");
const compact = (text: string) => lower(text).replace(/[\s\u00a0\u202f.\-/]+/g, "");
/** JSON's escape of a string, and the ASCII-only one some encoders write (é as \u00e9). */
const jsonEscaped = (text: string) => JSON.stringify(text).slice(1, -1);
const asciiEscaped = (text: string) =>
  jsonEscaped(text).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );

/** Every string in a JSON body: its values and keys, at any depth. */
function stringsOf(body: string): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") strings.push(value);
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      strings.push(key);
      walk(child);
    }
  };
  try {
    walk(JSON.parse(body));
  } catch {
    // Not JSON: the raw forms cover it.
  }
  return strings;
}

/** The canaries found in what was sent, each once, with the form it was found in. */
export function leaksIn(traffic: Traffic, canaries: readonly Canary[] = CANARIES): Leak[] {
  const raw = lower(traffic.raw);
  const decoded = traffic.bodies.flatMap(stringsOf);
  const normalised = [normalise(traffic.raw), ...decoded.map(normalise)];
  const compacted = decoded.map(compact);
  const leaks: Leak[] = [];
  for (const canary of canaries) {
    const forms: [string, () => boolean][] = [
      ["tel quel", () => raw.includes(lower(canary.value))],
      [
        "échappé en JSON",
        () =>
          raw.includes(lower(jsonEscaped(canary.value))) ||
          raw.includes(lower(asciiEscaped(canary.value))),
      ],
      [
        "espaces normalisés",
        () => normalised.some((text) => text.includes(normalise(canary.value))),
      ],
      [
        "sans séparateurs",
        () =>
          canary.identifier === true &&
          compacted.some((text) => text.includes(compact(canary.value))),
      ],
    ];
    const found = forms.find(([, test]) => test());
    if (found) leaks.push({ canary, form: found[0] });
  }
  return leaks;
}

/** A leak and where it happened: which action, on which surface, seen by whom. */
export interface PlacedLeak extends Leak {
  where: string;
}

/** The failure message: one line per canary that leaked, saying where and in which form. */
export function describeLeaks(leaks: readonly PlacedLeak[]): string {
  if (leaks.length === 0) return "aucune fuite";
  const lines = leaks.map(
    ({ canary, form, where }) => `  - ${canary.kind} « ${canary.value} » (${form}) : ${where}`
  );
  return `DONNÉES PERSONNELLES SORTIES EN CLAIR (${leaks.length}) :\n${lines.join("\n")}`;
}

/** Opens the corpus in Word, through the page's "paste as a new document" form. */
export async function pasteAsDocument(page: Page): Promise<void> {
  await page.getByText("Coller un texte comme nouveau document").click();
  await page.locator("#paste-text").fill(CORPUS.join("\n"));
  await page.getByRole("button", { name: "Ouvrir comme nouveau document" }).click();
  await page.getByTestId("document").getByText(CORPUS_TEXT[1]!).waitFor();
}

/**
 * Puts the corpus in the message being read, as if it had been received: as the new message's text
 * and at the end of the quoted history, so that both the message and the thread carry it. The page
 * has no form for it (a received mail is not editable), so its blocks are written as the page writes
 * them, one paragraph each.
 */
export async function putInReceivedMessage(page: Page): Promise<void> {
  await page.evaluate((lines) => {
    const body = document.querySelector('[data-testid="message-body"]')!;
    const history = body.querySelector('[data-testid="quoted-history"]')!;
    const paragraphs = () =>
      lines.map((line) => Object.assign(document.createElement("p"), { textContent: line }));
    body.replaceChildren(...paragraphs(), history);
    history.append(...paragraphs());
  }, CORPUS_TEXT);
}

/** Types the corpus into the draft being written, after its first paragraphs, as the agent would. */
export async function typeIntoDraft(page: Page, after: string): Promise<void> {
  await placeCaretAfter(page, "compose-body", after);
  for (const line of CORPUS_TEXT) {
    await page.keyboard.press("Enter");
    await page.keyboard.insertText(line);
  }
}
