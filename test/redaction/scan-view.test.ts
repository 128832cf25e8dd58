import { describe, expect, it } from "vitest";
import { Engine, restore } from "../../src/redaction/index.ts";
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

  it("reads a non-breaking hyphen in a name as a hyphen: one person, not two", () => {
    expect(masked("Mme Anne\u2011Sophie Morel, puis Anne-Sophie MOREL, puis Mme Morel.")).toBe(
      "Mme [PERSONNE_1], puis [PERSONNE_1], puis Mme [PERSONNE_1]."
    );
  });

  it("looks for a term to mask or to spare as it reads the text: a non-breaking hyphen in either is a hyphen", () => {
    const text = "La société Durand\u2011Frères a écrit à Mme Anne\u2011Sophie Morel.";
    for (const term of ["Durand\u2011Frères", "Durand-Frères"])
      expect(engine.pseudonymise(text, { alwaysMask: [term] }).text).toBe(
        "La société [TERME_1] a écrit à Mme [PERSONNE_1]."
      );
    // What the review lifts is the text as written: sparing it must spare the person.
    expect(engine.pseudonymise(text, { neverMask: ["Anne\u2011Sophie Morel"] }).text).toBe(
      "La société Durand\u2011Frères a écrit à Mme Anne\u2011Sophie Morel."
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

  it("reads an escaped line break as a line break, and JSON inside JSON as well", () => {
    const view = scanView('"14 rue des Tanneurs\\n67000 Strasbourg", "Ren\\\\u00e9e"');
    expect(view?.text).toBe('"14 rue des Tanneurs\n67000 Strasbourg", "Renée"');
    expect(view?.toOriginal(20, 21)).toEqual({ start: 20, end: 22 });
    // A log line holding a JSON body: its escapes are doubled, its quotes escaped.
    const inner = JSON.stringify({
      nom: "Ophélie Karamanlis",
      tel: "06\u00a012\u00a034\u00a056\u00a078",
    }).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    expect(masked(`Voici le journal : ${JSON.stringify({ body: inner })}`)).toBe(
      'Voici le journal : {"body":"{\\"nom\\":\\"[PERSONNE_1]\\",\\"tel\\":\\"[TELEPHONE_1]\\"}"}'
    );
  });

  it("reads \\n as a line break in JSON's prose, a lower-case word after it included", () => {
    const { text, vault } = engine.pseudonymise(
      '{"note": "M. Jean Dupont,\\nné le 3 mars 1980,\\ndemeurant 14 rue des Tanneurs", "contact": "Contact :\\nnathalie.martin@exemple.fr"}'
    );
    expect(text).toBe(
      '{"note": "M. [PERSONNE_1],\\nné le [DATE_NAISSANCE_1],\\ndemeurant [ADRESSE_1]", "contact": "Contact :\\n[COURRIEL_1]"}'
    );
    expect(vault.get("[COURRIEL_1]")?.original).toBe("nathalie.martin@exemple.fr");
  });

  it("keeps a value read with a line break as written: restored into its JSON, it stays JSON", () => {
    const json = '{"client":"Mme Claire Petit","adresse":"12 rue de la Paix\\n75002 Paris"}';
    const { text, vault } = engine.pseudonymise(json);
    expect(text).toBe('{"client":"Mme [PERSONNE_1]","adresse":"[ADRESSE_1]"}');
    expect(restore(text, vault).text).toBe(json);
  });

  it("reads a Windows path as written: in a drive's or a share's word, \\n is a folder's first letter", () => {
    const path =
      "Pièce jointe : C:\\temp\\nathalie.martin@exemple.fr.txt, partage \\\\srv\\rapports";
    expect(scanView(path)).toBe(undefined);
    const { text, vault } = engine.pseudonymise(path);
    expect(text).toBe("Pièce jointe : C:\\temp\\[COURRIEL_1], partage \\\\srv\\rapports");
    expect(vault.get("[COURRIEL_1]")?.original).toBe("nathalie.martin@exemple.fr.txt");
  });

  it("keeps the value as read, so that a name met escaped and in clear is one person, given back in clear", () => {
    const { text, vault, replacements } = engine.pseudonymise(
      'Export : {"nom": "Oph\\u00e9lie Martin", "mail": "o.martin\\u0040exemple.fr"}. Mme Ophélie Martin a écrit.'
    );
    expect(text).toBe(
      'Export : {"nom": "[PERSONNE_1]", "mail": "[COURRIEL_1]"}. Mme [PERSONNE_1] a écrit.'
    );
    expect(restore("[PERSONNE_1], [COURRIEL_1]", vault).text).toBe(
      "Ophélie Martin, o.martin@exemple.fr"
    );
    // An answer that echoes the text gets each value back as the text wrote it there.
    expect(restore(text, vault, { sequence: replacements }).text).toContain(
      '"o.martin\\u0040exemple.fr"'
    );
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
