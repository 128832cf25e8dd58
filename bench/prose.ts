import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The real ECHR judgments, read where they lie beside the repository (never copied into it). */
export const CORPUS_DIR = fileURLToPath(new URL("../../shared/corpus/echr-fr/", import.meta.url));
const CORPUS_FILES = ["train.jsonl", "dev.jsonl"];

/** The paragraphs of every judgment of the corpus, in file order. */
export function loadJudgmentParagraphs(dir = CORPUS_DIR): string[] {
  const paragraphs: string[] = [];
  for (const file of CORPUS_FILES) {
    let content: string;
    try {
      content = readFileSync(dir + file, "utf8");
    } catch (error) {
      throw new Error(`cannot read the ECHR corpus at ${dir}${file}: ${(error as Error).message}`);
    }
    for (const line of content.split("\n")) {
      if (!line.trim()) continue;
      const { text } = JSON.parse(line) as { text: string };
      paragraphs.push(...text.split("\n").filter((p) => p.trim()));
    }
  }
  if (paragraphs.length === 0) throw new Error(`no judgment text in ${dir}`);
  return paragraphs;
}

/**
 * French prose of at most `targetBytes` bytes of UTF-8: the judgments' paragraphs one per line,
 * repeated in order, cut on the last paragraph that still fits.
 */
export function buildProse(paragraphs: readonly string[], targetBytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    const added = Buffer.byteLength(paragraph, "utf8") + (parts.length ? 1 : 0);
    if (size + added > targetBytes) break;
    parts.push(paragraph);
    size += added;
  }
  if (parts.length === 0) throw new Error(`no paragraph fits in ${targetBytes} bytes`);
  return parts.join("\n");
}
