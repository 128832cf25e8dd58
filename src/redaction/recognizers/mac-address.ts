import { createPatternRecognizer, type FoundGate } from "../pattern-recognizer.ts";
import { compact } from "./identifier-parts.ts";

const HEX = "[0-9A-Fa-f]";
const MAC = `(?<![0-9A-Za-z_:-])${HEX}{2}([:-])${HEX}{2}(?:\\1${HEX}{2}){4}(?![0-9A-Za-z_]|[:-]${HEX})`;

const isHex = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/**
 * Where an address may be: two hexadecimal digits between two of the same separators, found from
 * each colon and hyphen by `indexOf`, which skips to them at memory speed; a regex for the same
 * (beginning with the separator) stopped at every character, ten times as long.
 */
const SEPARATOR_PAIRS: FoundGate = {
  find(text) {
    const starts: number[] = [];
    for (const separator of [":", "-"])
      for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1))
        if (
          text[at + 3] === separator &&
          isHex(text.charCodeAt(at + 1)) &&
          isHex(text.charCodeAt(at + 2))
        )
          starts.push(at);
    // In text order, as the windows around them are merged.
    return starts.sort((a, b) => a - b).flatMap((at) => [at, at + 4]);
  },
  before: 3,
  after: 0,
};

/**
 * A device's network (MAC) address: six pairs of hexadecimal digits joined by colons or hyphens
 * (`00:1A:2B:3C:4D:5E`, `00-1a-2b-3c-4d-5e`). It names a person's computer, phone or box as an
 * IP address does, and outlives it.
 */
export const macAddressRecognizer = createPatternRecognizer({
  name: "mac-address",
  type: "IDENTIFIANT",
  patterns: [{ name: "mac", regex: new RegExp(MAC, "gu"), score: 0.85 }],
  normalize: compact,
  gate: SEPARATOR_PAIRS,
});
