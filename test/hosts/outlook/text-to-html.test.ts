import { describe, expect, it } from "vitest";
import {
  escapeHtml,
  textToHtmlParagraphs,
  textToInlineHtml,
} from "../../../src/hosts/outlook/text-to-html.ts";

describe("text as HTML", () => {
  it("escapes what HTML would read as markup", () => {
    expect(escapeHtml(`<script>alert("x")</script> & l'œuvre`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;œuvre"
    );
  });

  it("makes paragraphs of runs of lines, their lines joined by <br>", () => {
    expect(
      textToHtmlParagraphs(
        "Madame,\r\n\r\nVotre demande\nest <accordée>.\n\n\n  \nCordialement,\nJ. D.\n"
      )
    ).toBe(
      "<p>Madame,</p><p>Votre demande<br>est &lt;accordée&gt;.</p><p>Cordialement,<br>J. D.</p>"
    );
    expect(textToHtmlParagraphs("")).toBe("");
  });

  it("keeps a spot inside a paragraph inline", () => {
    expect(textToInlineHtml("un & deux\r\ntrois")).toBe("un &amp; deux<br>trois");
  });
});
