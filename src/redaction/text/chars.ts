/**
 * Character classes by code, with a fast path for Latin scripts: the recognizers call these on
 * every capital letter of a document, where a Unicode regex per character would be too slow.
 */
const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}\p{M}]/u;

export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 65 && code <= 90;
  if (code < 0x100) return code >= 0xc0 && code <= 0xde && code !== 0xd7;
  return UPPER.test(String.fromCharCode(code));
}

export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code < 0x100) return code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
  if (code <= 0x24f) return true;
  return LETTER.test(String.fromCharCode(code));
}

export function isLowerCode(code: number): boolean {
  return isLetterCode(code) && !isUpperCode(code);
}

/** Unicode's hyphen and non-breaking hyphen (Word's Ctrl+Shift+-), which names are written with too. */
export function isUnicodeHyphenCode(code: number): boolean {
  return code === 0x2010 || code === 0x2011;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Spaces inside a line: a name never crosses a line break. */
export function isInlineSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f || code === 9;
}

export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** `text.startsWith(value, at)`, compared unit by unit: the builtin is several times slower here. */
export function occursAt(text: string, value: string, at: number): boolean {
  if (at + value.length > text.length) return false;
  for (let i = 0; i < value.length; i++) {
    if (text.charCodeAt(at + i) !== value.charCodeAt(i)) return false;
  }
  return true;
}
