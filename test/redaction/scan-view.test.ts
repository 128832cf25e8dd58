import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";
import { MAY_NEED_VIEW, needsReading, scanView } from "../../src/redaction/text/scan-view.ts";

const engine = new Engine();
const masked = (text: string) => engine.pseudonymise(text).text;

describe("values written with characters the recognizers would not read", () => {
  it("finds an IBAN and a phone number cut by zero-width spaces or soft hyphens, and masks them as written", () => {
    const text =
      "IBAN FR76\u200B3000\u200B6000\u200B0112\u200B3456\u200B7890\u200B189, tél. 06\u00AD72\u00AD81\u00AD93\u00AD04.";
    expect(masked(text)).toBe("IBAN [IBAN_1], tél. [TELEPHONE_1].");
    const [iban] = engine.detect(text);
    expect(text.slice(iban!.start, iban!.end)).toBe(
      "FR76\u200B3000\u200B6000\u200B0112\u200B3456\u200B7890\u200B189"
    );
  });

  it("finds a name with a word processor's optional hyphen in it", () => {
    expect(masked("Reçue par Mme Ophélie Kara\u00ADmanlis le 3 mars.")).toBe(
      "Reçue par Mme [PERSONNE_1] le 3 mars."
    );
  });

  it("reads full-width forms and other scripts' digits as the same value in ASCII", () => {
    const nir = "Le NIR 2 84 05 2A 123 456 32 est noté.";
    const phone = "Tél. 06 72 81 93 04.";
    expect(masked("Le NIR ２ ８４ ０５ ２Ａ １２３ ４５６ ３２ est noté.")).toBe(masked(nir));
    expect(masked("Tél. ٠٦ ٧٢ ٨١ ٩٣ ٠٤.")).toBe(masked(phone));
    expect(masked("Tél. 𝟎𝟔 𝟕𝟐 𝟖𝟏 𝟗𝟑 𝟎𝟒.")).toBe(masked(phone));
    expect(masked(phone)).toBe("Tél. [TELEPHONE_1].");
  });

  it("reads JSON's escapes in a text that holds JSON, and masks the value with its escapes", () => {
    // Pasted from an export that writes ASCII only (Python's json.dumps): é as \u00e9.
    const text =
      'Voici la fiche : {"nom": "Oph\\u00e9lie Karamanlis", "tel": "06\\u00a072\\u00a081\\u00a093\\u00a004"}';
    expect(masked(text)).toBe('Voici la fiche : {"nom": "[PERSONNE_1]", "tel": "[TELEPHONE_1]"}');
    const [name] = engine.detect(text);
    expect(text.slice(name!.start, name!.end)).toBe("Oph\\u00e9lie Karamanlis");
  });

  it("reads an escaped line break as a line break, and an escaped backslash as one", () => {
    const view = scanView('"14 rue des Tanneurs\\n67000 Strasbourg", "C:\\\\u00e9"');
    expect(view?.text).toBe('"14 rue des Tanneurs\n67000 Strasbourg", "C:\\u00e9"');
    expect(view?.toOriginal(20, 21)).toEqual({ start: 20, end: 22 });
  });

  it("reads an astral character written as two escapes as one character", () => {
    expect(scanView("\\ud835\\udfce6 72")?.text).toBe("06 72");
  });

  it("gives no view, and costs nothing, for text the recognizers read as it is", () => {
    expect(
      scanView("Mme Ophélie Karamanlis, 06 72 81 93 04, 14 bis rue des Tanneurs « œuvre »")
    ).toBe(undefined);
  });

  it("looks for every character that needs the view: its quick search covers them all", () => {
    const quick = new RegExp(MAY_NEED_VIEW.source);
    const missed: string[] = [];
    for (let unit = 0x80; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      if (needsReading(unit) && !quick.test(String.fromCharCode(unit)))
        missed.push(unit.toString(16));
    }
    expect(missed).toEqual([]);
    // Beyond the BMP, a high surrogate leads to the exact check.
    expect(quick.test("𝟎")).toBe(true);
  });
});
