import { describe, expect, it } from "vitest";
import { htmlOffsetOfLine, renderHtml } from "../../../src/hosts/outlook/html-text.ts";

describe("HTML rendered as text", () => {
  it("gives a line per block and per <br>, blank lines where the reader sees them", () => {
    const html = "<div>Bonjour,</div><div><br></div><div>Ligne 1<br>Ligne&nbsp;2</div><p>Fin</p>";
    expect(renderHtml(html).text).toBe("Bonjour,\n\nLigne 1\nLigne\u00a02\nFin");
  });

  it("collapses white space outside <pre>, keeps it inside", () => {
    const html = "<p>  un\n   deux  </p><pre>a  b\n  c</pre>";
    expect(renderHtml(html).text).toBe("un deux\na  b\n  c");
  });

  it("skips head styles, scripts and comments, and decodes entities", () => {
    const html = `<head><style>p { color: red; }</style><title>x</title></head><!-- note --><body><script>var a = "<p>";</script><p>&lt;l&#39;&eacute;t&#xE9; &amp; &unknown;&gt;</p></body>`;
    expect(renderHtml(html).text.trim()).toBe("<l'été & &unknown;>");
  });

  it("maps each line back to where it starts in the HTML", () => {
    const html = "<div>Un</div><div id=x><span>Deux</span></div>Trois<br>Quatre";
    const rendered = renderHtml(html);
    const starts = rendered.text.split("\n").map((_line, index, lines) => {
      const offset = lines.slice(0, index).join("\n").length + (index === 0 ? 0 : 1);
      return html.slice(htmlOffsetOfLine(rendered, offset));
    });
    expect(rendered.text).toBe("Un\nDeux\nTrois\nQuatre");
    expect(starts).toEqual([
      html,
      "<div id=x><span>Deux</span></div>Trois<br>Quatre",
      "Trois<br>Quatre",
      "Quatre",
    ]);
  });

  it("separates table cells", () => {
    expect(renderHtml("<table><tr><td>Nom</td><td>Dupont</td></tr></table>").text).toBe(
      "Nom\tDupont"
    );
  });
});
