import { describe, expect, it } from "vitest";
import {
  AMBIGUOUS_FIRST_NAMES,
  FIRST_NAMES,
} from "../../src/redaction/recognizers/person-first-names.ts";
import { fold } from "../../src/redaction/text/fold.ts";

const list = (text: string): string[] => text.trim().split(/\s+/);

const WRITTEN_NAMES = list(`
  Marcel Germaine Jeanne Kévin Enzo Léa Jade Élodie Gwenaëlle Iñaki
  Mohamed Mohammed Leïla Khadija Youssef Yasmina Mamadou Fatoumata
  João Conceição Begoña Giuseppe Şahin Bülent Bahattin Ayşe Yılmaz
  Małgorzata Łukasz Václav Ioana Răzvan Bjørn Søren Jürgen Geoffrey
  Siobhán Yassar Priya Thanh Wei
`);
const AMBIGUOUS = list(`
  claire rose pierre marine victoire olive prudence aime ange blanche constance lorraine roman
  violette colombe bill will grant clement constant fidele prosper nancy juste noel grace
`);
const PLAIN = list("dominique jean marie karim mehmet sophie");
const MONTHS_AND_DAYS = list(`
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  lundi mardi mercredi jeudi vendredi samedi dimanche
`);
const COMMON_WORDS = list(
  "le la les de du des et ou un une pour sur dans par cour loi code article etat france paris"
);

describe("first-name lexicon", () => {
  it("knows given names of every origin met by a French administration, as written", () => {
    expect(WRITTEN_NAMES.filter((name) => !FIRST_NAMES.has(fold(name)))).toEqual([]);
  });

  it("stores a name whose letter has no ASCII base both as fold() gives it and as usually typed", () => {
    const pairs: Array<[string, string]> = [
      ["Bjørn", "bjorn"],
      ["Łukasz", "lukasz"],
      ["Yılmaz", "yilmaz"],
    ];
    for (const [written, typed] of pairs) {
      expect(fold(written)).not.toBe(typed);
      expect(FIRST_NAMES.has(fold(written))).toBe(true);
      expect(FIRST_NAMES.has(typed)).toBe(true);
    }
  });

  it("marks given names that are also words or places as ambiguous, and still knows them", () => {
    expect(AMBIGUOUS.filter((name) => !AMBIGUOUS_FIRST_NAMES.has(name))).toEqual([]);
    expect([...AMBIGUOUS_FIRST_NAMES].filter((name) => !FIRST_NAMES.has(name))).toEqual([]);
  });

  it("does not mark plain given names as ambiguous", () => {
    expect(
      PLAIN.filter((name) => !FIRST_NAMES.has(name) || AMBIGUOUS_FIRST_NAMES.has(name))
    ).toEqual([]);
  });

  it("holds only folded single words of two letters or more", () => {
    const malformed = [...FIRST_NAMES].filter(
      (name) =>
        name !== fold(name) || /\p{M}/u.test(name.normalize("NFD")) || !/^\p{Ll}{2,}$/u.test(name)
    );
    expect(malformed).toEqual([]);
  });

  it("holds no month, day or common word", () => {
    expect([...MONTHS_AND_DAYS, ...COMMON_WORDS].filter((word) => FIRST_NAMES.has(word))).toEqual(
      []
    );
  });

  it("has the size of a real lexicon", () => {
    expect(FIRST_NAMES.size).toBeGreaterThanOrEqual(2000);
    expect(FIRST_NAMES.size).toBeLessThanOrEqual(5000);
  });
});
