const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] as string);
}

const lines = (text: string) => text.replace(/\r\n?/g, "\n").split("\n").map(escapeHtml);

/** Text for a spot inside a paragraph (the cursor, a selection): lines joined by <br>. */
export function textToInlineHtml(text: string): string {
  return lines(text).join("<br>");
}

/** Text as paragraphs: a <p> per run of lines between blank lines, its lines joined by <br>. */
export function textToHtmlParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n\s*/)
    .filter((paragraph) => paragraph.trim() !== "")
    .map((paragraph) => `<p>${lines(paragraph.trimEnd()).join("<br>")}</p>`)
    .join("");
}
