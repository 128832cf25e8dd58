/** The lines that fence the text to work on, so that what it says is read as content, not as orders. */
export interface Markers {
  start: string;
  end: string;
}

const markers = (suffix: string): Markers => ({
  start: `<<<DÉBUT DU TEXTE${suffix}>>>`,
  end: `<<<FIN DU TEXTE${suffix}>>>`,
});

/**
 * Markers that none of `texts` contains: a document that writes the closing marker itself (to end
 * the fence early and give orders after it) gets numbered markers it cannot know in advance.
 */
export function markersFor(...texts: string[]): Markers {
  for (let n = 1; ; n++) {
    const candidate = markers(n === 1 ? "" : ` ${n}`);
    if (!texts.some((t) => t.includes(candidate.start) || t.includes(candidate.end)))
      return candidate;
  }
}

export function fenced(text: string, { start, end }: Markers): string {
  return `${start}\n${text}\n${end}`;
}

/** A user message from its paragraphs, the empty ones left out. */
export function paragraphs(...parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => !!p).join("\n\n");
}
