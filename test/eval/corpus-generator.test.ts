import { describe, expect, it } from "vitest";
import { DECOY_KINDS, DOCUMENT_KINDS, generateCorpus } from "../../src/eval/corpus-generator.ts";
import { GOLD_LABELS, type GoldDocument, type GoldEntity } from "../../src/eval/gold.ts";

const corpus = generateCorpus({ seed: 1, documents: 200 });
const all = (label: string) =>
  corpus.flatMap((doc) =>
    doc.entities.filter((e) => e.label === label).map((e) => ({ doc, e, value: e.text! }))
  );
const before = (doc: GoldDocument, e: GoldEntity, width = 40) =>
  doc.text.slice(Math.max(0, e.start - width), e.start);
const compact = (value: string) => value.replace(/[\s.-]/g, "");

// Checksums recomputed here with BigInt, independently of the generator's own arithmetic.
const mod97 = (digits: string) => Number(BigInt(digits) % 97n);
const lettersToDigits = (value: string) =>
  value.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
function luhn(digits: string): boolean {
  const sum = [...digits].reverse().reduce((total, d, i) => {
    const n = Number(d) * (i % 2 ? 2 : 1);
    return total + (n > 9 ? n - 9 : n);
  }, 0);
  return sum % 10 === 0;
}

describe("generateCorpus", () => {
  it("gives the same corpus for the same seed, document by document", () => {
    expect(generateCorpus({ seed: 1, documents: 200 })).toEqual(corpus);
    expect(generateCorpus({ seed: 1, documents: 12 })).toEqual(corpus.slice(0, 12));
    expect(generateCorpus({ seed: 2, documents: 12 })[0]!.text).not.toBe(corpus[0]!.text);
  });

  it("runs well under a second for 200 documents", () => {
    const started = performance.now();
    generateCorpus({ seed: 7, documents: 200 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("writes every kind of document, with unique ids", () => {
    expect(new Set(corpus.map((d) => d.id)).size).toBe(200);
    for (const kind of DOCUMENT_KINDS)
      expect(corpus.filter((d) => d.id.endsWith(kind)).length).toBeGreaterThan(30);
  });

  it("records offsets that match the text, in order and without overlaps", () => {
    for (const doc of corpus) {
      for (const spans of [doc.entities, doc.decoys ?? []]) {
        for (const [i, e] of spans.entries()) {
          expect(doc.text.slice(e.start, e.end)).toBe(e.text);
          expect(e.text!.trim()).toBe(e.text);
          if (i > 0) expect(e.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
        }
      }
    }
  });

  it("produces every label at least 30 times", () => {
    for (const label of GOLD_LABELS) expect(all(label).length, label).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.flatMap((d) => d.entities.map((e) => e.label)))).toEqual(
      new Set(GOLD_LABELS)
    );
  });

  it("places decoys of every kind, none overlapping a gold entity", () => {
    const kinds = new Set(corpus.flatMap((d) => (d.decoys ?? []).map((e) => e.label)));
    expect(kinds).toEqual(new Set(DECOY_KINDS.map((kind) => `DECOY_${kind}`)));
    for (const doc of corpus) {
      for (const decoy of doc.decoys ?? []) {
        expect(doc.entities.filter((e) => e.start < decoy.end && decoy.start < e.end)).toEqual([]);
      }
    }
  });
});

describe("persons", () => {
  const persons = all("PERSONNE");

  it("leave titles outside the span", () => {
    for (const { value } of persons)
      expect(value).not.toMatch(/^(M\.|Mme|Mlle|Madame|Monsieur|Ma[iî]tre|Me|Dr|Docteur)\s/u);
    const titled = (title: string) =>
      persons.filter(({ doc, e }) => before(doc, e).endsWith(title)).length;
    for (const title of ["M. ", "Mme ", "Monsieur ", "Madame ", "Maître ", "Me ", "Dr "])
      expect(titled(title), title).toBeGreaterThan(5);
  });

  it("are written in every administrative way", () => {
    const count = (pattern: RegExp) => persons.filter(({ value }) => pattern.test(value)).length;
    expect(count(/^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)? \p{Lu}{2,}/u), "Jean DUPONT").toBeGreaterThan(20);
    expect(count(/^\p{Lu}{2,}[\p{Lu}' -]* \p{Lu}\p{Ll}+$/u), "DUPONT Jean").toBeGreaterThan(20);
    expect(count(/^\p{Lu}\.(-\p{Lu}\.)? \p{Lu}/u), "J. Dupont").toBeGreaterThan(10);
    expect(count(/(^|\s)(de|du|d'|le|van) /iu), "particles").toBeGreaterThan(10);
    expect(count(/\p{Ll}-\p{Lu}/u), "hyphenated").toBeGreaterThan(20);
    expect(count(/, /u), "given names listed").toBeGreaterThan(5);
  });

  it("include bare surnames that an earlier full mention introduced", () => {
    const bare = persons.filter(({ doc, e, value }) => {
      if (
        /\s/.test(value) ||
        /(M\.|Mme|Me|Maître|Monsieur|Madame|Dr|Docteur) $/.test(before(doc, e))
      )
        return false;
      return doc.entities.some(
        (other) =>
          other.end <= e.start &&
          other.text !== value &&
          other.text!.toLowerCase().includes(value.toLowerCase())
      );
    });
    expect(bare.length).toBeGreaterThan(20);
  });
});

describe("identifiers carry valid checksums", () => {
  it("NIR: key = 97 - (number mod 97), Corsica counted as 19 and 18", () => {
    const values = all("NIR").map(({ value }) => value.replace(/ /g, ""));
    for (const nir of values) {
      expect(nir).toMatch(/^[12]\d{4}(\d{2}|2A|2B)\d{6}\d{2}$/);
      const body = nir.slice(0, 13).replace("2A", "19").replace("2B", "18");
      expect(97 - mod97(body)).toBe(Number(nir.slice(13)));
    }
    expect(values.some((nir) => /^\d{5}99/.test(nir))).toBe(true);
  });

  it("IBAN: mod 97 = 1, French and foreign", () => {
    const values = all("IBAN").map(({ value }) => value.replace(/ /g, ""));
    for (const iban of values) {
      expect(iban).toMatch(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/);
      expect(mod97(lettersToDigits(iban.slice(4) + iban.slice(0, 4)))).toBe(1);
    }
    expect(new Set(values.map((iban) => iban.slice(0, 2))).size).toBeGreaterThan(2);
  });

  it("RIB: bank, branch, account and a key making 89b + 15g + 3c + key divisible by 97", () => {
    for (const { value } of all("RIB")) {
      const [bank, branch, account, key] = value.split(" ");
      expect(value).toMatch(/^\d{5} \d{5} \d{11} \d{2}$/);
      expect(
        (89 * Number(bank) + 15 * Number(branch) + 3 * Number(account) + Number(key)) % 97
      ).toBe(0);
    }
  });

  it("SIREN and SIRET pass Luhn; TVA keys match their SIREN", () => {
    for (const { value } of all("SIREN"))
      (expect(compact(value)).toMatch(/^\d{9}$/), expect(luhn(compact(value))).toBe(true));
    for (const { value } of all("SIRET")) {
      expect(compact(value)).toMatch(/^\d{14}$/);
      expect(luhn(compact(value))).toBe(true);
      expect(luhn(compact(value).slice(0, 9))).toBe(true);
    }
    for (const { value } of all("TVA")) {
      const tva = compact(value);
      expect(tva).toMatch(/^FR\d{11}$/);
      expect(Number(tva.slice(2, 4))).toBe((12 + 3 * (Number(tva.slice(4)) % 97)) % 97);
    }
  });

  it("numéro fiscal: 13 digits, first 0 to 3, last three = first ten mod 511", () => {
    for (const { value } of all("NUMERO_FISCAL")) {
      const digits = compact(value);
      expect(digits).toMatch(/^[0-3]\d{12}$/);
      expect(Number(digits.slice(10))).toBe(Number(digits.slice(0, 10)) % 511);
    }
  });

  it("cards: Visa or Mastercard prefixes, 16 digits passing Luhn", () => {
    for (const { value } of all("CARTE_BANCAIRE")) {
      const digits = compact(value);
      expect(digits).toMatch(/^(4|5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)\d+$/);
      expect(digits).toHaveLength(16);
      expect(luhn(digits)).toBe(true);
    }
  });
});

describe("other values", () => {
  it("phones in every writing, French numbers and a few foreign ones in international writing", () => {
    const values = all("TELEPHONE").map(({ value }) => value);
    const foreign = values.filter((phone) => /^(\+|00)(?!33)/.test(phone));
    for (const phone of values.filter((value) => !foreign.includes(value))) {
      const national = phone.replace(/^(\+33|0033) ?(\(0\))?/, "0").replace(/[ .-]/g, "");
      expect(national, phone).toMatch(/^0[1-9]\d{8}$/);
    }
    for (const phone of foreign) expect(phone).toMatch(/^(\+\d{1,3}|00212) [\d ()]{8,16}$/);
    expect(foreign.length).toBeGreaterThan(0);
    expect(foreign.length).toBeLessThan(values.length / 10);
    for (const writing of [
      /^0\d \d\d \d\d/,
      /^\+33 \d \d\d/,
      /^0033 \d/,
      /^0\d\.\d\d\./,
      /^0\d{9}$/,
      /^\+33 \(0\)\d/,
      /^\+33\d{9}$/,
      /^0\d-\d\d-/,
    ]) {
      expect(
        values.some((v) => writing.test(v)),
        String(writing)
      ).toBe(true);
    }
  });

  it("plates of both systems and Belgian ones, passports, identity cards and driving licences next to their words", () => {
    const plates = all("PLAQUE").map(({ value }) => value);
    for (const plate of plates)
      expect(plate).toMatch(
        /^([A-HJ-NP-TV-Z]{2}[- ]?\d{3}[- ]?[A-HJ-NP-TV-Z]{2}|\d{1,4} [A-HJ-NP-TV-Z]{2,3} (?:\d{2}|2[AB]|97[1-6])|[12]-[A-Z]{3}-\d{3})$/
      );
    expect(plates.some((p) => /^[12]-[A-Z]{3}-\d{3}$/.test(p))).toBe(true);
    expect(plates.some((p) => /^[A-Z]{2}-\d{3}-[A-Z]{2}$/.test(p))).toBe(true);
    expect(plates.some((p) => /^\d+ [A-Z]+ \d+$/.test(p))).toBe(true);
    for (const { doc, e, value } of all("PASSEPORT")) {
      expect(value).toMatch(/^(\d{2}[A-Z]{2}\d{5}|[A-Z0-9]{9}|\d{4}(?:\d\d|2[AB])\d{6})$/);
      expect(before(doc, e, 35)).toMatch(/(passeport|identité|CNI|permis)[^\n]*n|NEPH $/);
    }
  });

  it("IP addresses v4 and v6", () => {
    const values = all("ADRESSE_IP").map(({ value }) => value);
    for (const ip of values) {
      if (ip.includes("."))
        expect(
          ip
            .split(".")
            .map(Number)
            .every((octet) => octet >= 0 && octet <= 255)
        ).toBe(true);
      else
        expect(ip).toMatch(
          /^[0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}$|^[0-9a-f]{1,4}(:[0-9a-f]{1,4}){3}::[0-9a-f]{1,4}$/
        );
    }
    expect(values.some((ip) => ip.includes(":"))).toBe(true);
  });

  it("birth dates: the date alone is gold, the words before it are not", () => {
    const found = all("DATE_NAISSANCE");
    for (const { doc, e, value } of found) {
      expect(value).toMatch(/^(1er |\d{1,2} )?[a-zéû]+ \d{4}$|^\d{2}\/\d{2}\/\d{4}$/);
      // After its label, or in a table's column of them, after the cell before it.
      expect(before(doc, e, 25)).toMatch(
        /(née?|né\(e\)) le $|née? en $|(Date de naissance|Né\(e\) le)\s?: $|[;\t]$/
      );
    }
    expect(found.some(({ doc, e }) => /[;\t]$/.test(before(doc, e, 25)))).toBe(true);
    const contexts = found.map(({ doc, e }) => before(doc, e, 25));
    for (const word of ["né le ", "née le ", " en ", "Date de naissance"])
      expect(
        contexts.some((c) => c.includes(word)),
        word
      ).toBe(true);
    expect(found.some(({ value }) => value.startsWith("1er "))).toBe(true);
  });

  it("case numbers keep their keyword outside: RG, Portalis, pourvoi, parquet", () => {
    const found = all("DOSSIER");
    const keyword = ({ doc, e }: { doc: GoldDocument; e: GoldEntity }) => before(doc, e, 25);
    const byKind = {
      rg: found.filter((f) => /R\.?G\.?( n°)? ?:? $/.test(keyword(f))),
      portalis: found.filter((f) => /Portalis :? ?$/.test(keyword(f))),
      pourvoi: found.filter((f) => /pourvoi :? ?$|pourvoi n° $/i.test(keyword(f))),
      parquet: found.filter((f) => /parquet :? ?$|Parquet n° $/i.test(keyword(f))),
    };
    for (const f of byKind.rg) expect(f.value).toMatch(/^(F )?\d{2}\/\d{5}$/);
    for (const f of byKind.portalis)
      expect(f.value).toMatch(/^[A-Z0-9]{4}-[A-Z]-B7[A-Z]-[A-Z0-9]{4,5}$/);
    for (const f of byKind.pourvoi) expect(f.value).toMatch(/^([A-Z] )?\d{2}-\d{2}\.\d{3}$/);
    for (const f of byKind.parquet) expect(f.value).toMatch(/^\d{11}$/);
    for (const [kind, list] of Object.entries(byKind)) expect(list.length, kind).toBeGreaterThan(5);
    expect(Object.values(byKind).reduce((n, list) => n + list.length, 0)).toBe(found.length);
  });

  it("addresses end with a postcode and a commune, on one line or several", () => {
    const values = all("ADRESSE").map(({ value }) => value);
    for (const address of values)
      expect(address).toMatch(/^[\p{Lu}\d].* .*\b\d{5} \p{Lu}[\p{L}' -]+$/su);
    expect(values.some((a) => a.includes("\n"))).toBe(true);
  });
});
