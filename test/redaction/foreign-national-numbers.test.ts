import { describe, expect, it } from "vitest";
import { Engine, restore } from "../../src/redaction/index.ts";
import { belgianNationalNumberRecognizer } from "../../src/redaction/recognizers/belgian-national-number.ts";
import { dutchBsnRecognizer } from "../../src/redaction/recognizers/dutch-bsn.ts";
import { germanTaxIdRecognizer } from "../../src/redaction/recognizers/german-tax-id.ts";
import { italianFiscalCodeRecognizer } from "../../src/redaction/recognizers/italian-fiscal-code.ts";
import { polishPeselRecognizer } from "../../src/redaction/recognizers/polish-pesel.ts";
import { portugueseNifRecognizer } from "../../src/redaction/recognizers/portuguese-nif.ts";
import { romanianCnpRecognizer } from "../../src/redaction/recognizers/romanian-cnp.ts";
import { spanishIdRecognizer } from "../../src/redaction/recognizers/spanish-id.ts";
import { swedishPersonnummerRecognizer } from "../../src/redaction/recognizers/swedish-personnummer.ts";
import { spanishSocialSecurityRecognizer } from "../../src/redaction/recognizers/spanish-social-security.ts";
import { portugueseNissRecognizer } from "../../src/redaction/recognizers/portuguese-niss.ts";
import { algerianNinRecognizer } from "../../src/redaction/recognizers/algerian-nin.ts";
import { germanSocialInsuranceRecognizer } from "../../src/redaction/recognizers/german-social-insurance.ts";
import { swissAvsRecognizer } from "../../src/redaction/recognizers/swiss-avs.ts";
import { ukNationalInsuranceRecognizer } from "../../src/redaction/recognizers/uk-national-insurance.ts";
import { ukNhsNumberRecognizer } from "../../src/redaction/recognizers/uk-nhs-number.ts";
import { usSsnRecognizer } from "../../src/redaction/recognizers/us-ssn.ts";
import type { Recognizer } from "../../src/redaction/recognizer.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

/** Enough prose to put a number out of reach of the words said before it. */
const FAR = "Le dossier a été transmis au service compétent pour instruction. Le";

/**
 * Each case: a recognizer, text where it must find the values listed, and text where it must find
 * nothing (the check failing, the shape off, or no word naming the number).
 */
const CASES: Array<[string, Recognizer, string, string[], string]> = [
  [
    "Spain's DNI and NIE, by their check letter",
    spanishIdRecognizer,
    "con DNI 12345678Z ; titular del NIE X1234567L ; NIE X-1234567-L",
    ["12345678Z", "X1234567L", "X-1234567-L"],
    "DNI 12345678A ; réf. 20241234B ; lot 123456789Z",
  ],
  [
    "Italy's codice fiscale, by its check letter",
    italianFiscalCodeRecognizer,
    "Codice fiscale : RSSMRA85T10A562S ; CF LBNGPP80A01F205O",
    ["RSSMRA85T10A562S", "LBNGPP80A01F205O"],
    "Codice fiscale : RSSMRA85T10A562T ; ABCDEF12G34H567IJ",
  ],
  [
    "Belgium's national number, written with its points or named",
    belgianNationalNumberRecognizer,
    "NISS : 85.07.30-033.28 ; numéro national 87021512802",
    ["85.07.30-033.28", "87021512802"],
    `85.07.30-033.29. ${FAR} 87021512802`,
  ],
  [
    "Switzerland's AVS number, by its EAN-13 check",
    swissAvsRecognizer,
    "Numéro AVS : 756.1234.5678.97 ; 7569876543217",
    ["756.1234.5678.97", "7569876543217"],
    "756.1234.5678.98 ; 757.1234.5678.97",
  ],
  [
    "Poland's PESEL, named",
    polishPeselRecognizer,
    "numéro PESEL 87031501238 ; (PESEL 90122804561)",
    ["87031501238", "90122804561"],
    `PESEL 87031501239. ${FAR} 87031501238`,
  ],
  [
    "Romania's CNP, named",
    romanianCnpRecognizer,
    "CNP 1850724400122 ; (CNP 2901115400230)",
    ["1850724400122", "2901115400230"],
    `CNP 1850724400123. ${FAR} 1850724400122 ; SCNP 1850724400122`,
  ],
  [
    "the Netherlands' BSN, named",
    dutchBsnRecognizer,
    "BSN 123456782 ; burgerservicenummer 1112.22.333",
    ["123456782", "1112.22.333"],
    `BSN 123456789. ${FAR} 123456782`,
  ],
  [
    "the United Kingdom's NHS number, named",
    ukNhsNumberRecognizer,
    "NHS number: 943 476 5919",
    ["943 476 5919"],
    `NHS number: 943 476 5918. ${FAR} 943 476 5919`,
  ],
  [
    "the United States' Social Security number, named",
    usSsnRecognizer,
    "Social Security Number 287-65-4321 ; SSN: 123 45 6789",
    ["287-65-4321", "123 45 6789"],
    `Social Security Number 666-65-4321, 000-12-3456, 912-34-5678, 123-00-4567. ${FAR} 287-65-4321`,
  ],
  [
    "the United Kingdom's National Insurance number, named",
    ukNationalInsuranceRecognizer,
    "National Insurance number: QQ 12 34 56 C ; NINO AB123456D",
    ["QQ 12 34 56 C", "AB123456D"],
    `National Insurance number: QQ 12 34 56 E. ${FAR} AB 12 34 56 C`,
  ],
  [
    "Germany's tax identification number, named",
    germanTaxIdRecognizer,
    "Steuer-ID: 86 095 742 719",
    ["86 095 742 719"],
    `Steuer-ID: 86 095 742 718. ${FAR} 86 095 742 719`,
  ],
  [
    "Portugal's NIF, named",
    portugueseNifRecognizer,
    "NIF de M. Silva : 234 567 899 ; NIF 213456788",
    ["234 567 899", "213456788"],
    `NIF 234 567 898 ; NIF 534 567 899. ${FAR} 234 567 899`,
  ],
  [
    "Sweden's personnummer, named",
    swedishPersonnummerRecognizer,
    "personnummer 750221-4427",
    ["750221-4427"],
    `personnummer 750221-4428. ${FAR} 750221-4427`,
  ],
  [
    "Spain's social security number, named",
    spanishSocialSecurityRecognizer,
    "afiliación a la Seguridad Social es 28 1234567840 ; NUSS 28-12345678-40",
    ["28 1234567840", "28-12345678-40"],
    `Seguridad Social 28 1234567841. ${FAR} 28 1234567840`,
  ],
  [
    "Portugal's social security number, named",
    portugueseNissRecognizer,
    "Número de Segurança Social : 11234567890",
    ["11234567890"],
    `Segurança Social : 31234567890. ${FAR} 11234567890`,
  ],
  [
    "Algeria's national identification number, named",
    algerianNinRecognizer,
    "NIN 109790270012345678",
    ["109790270012345678"],
    `NIN 1097902700123456. ${FAR} 109790270012345678`,
  ],
  [
    "Germany's social insurance number, named",
    germanSocialInsuranceRecognizer,
    "Sozialversicherungsnummer: 65 120385 S 052 ; Rentenversicherungsnummer 65120385S052",
    ["65 120385 S 052", "65120385S052"],
    `Sozialversicherungsnummer: 65 120385 052. ${FAR} 65 120385 S 052`,
  ],
];

describe("other countries' national numbers", () => {
  it.each(CASES)("finds %s", (_, recognizer, text, values) => {
    expect(reported(recognizer, text)).toEqual(values);
  });

  it.each(CASES)("takes nothing else for %s", (_, recognizer, __, ___, decoys) => {
    expect(reported(recognizer, decoys)).toEqual([]);
  });

  it("takes no number its words do not name, whatever the minimum score", () => {
    const named = [
      algerianNinRecognizer,
      dutchBsnRecognizer,
      germanSocialInsuranceRecognizer,
      germanTaxIdRecognizer,
      polishPeselRecognizer,
      portugueseNifRecognizer,
      portugueseNissRecognizer,
      romanianCnpRecognizer,
      spanishSocialSecurityRecognizer,
      swedishPersonnummerRecognizer,
      ukNhsNumberRecognizer,
      usSsnRecognizer,
    ];
    const unnamed =
      "87031501238 ; 1850724400122 ; 123456782 ; 943 476 5919 ; 287-65-4321 ; 86 095 742 719 ; " +
      "234 567 899 ; 750221-4427 ; 28 1234567840 ; 11234567890 ; 109790270012345678 ; " +
      "65 120385 S 052";
    for (const recognizer of named) expect(recognizer.analyze(unnamed)).toEqual([]);
  });

  it("gives every writing of one number one identity", () => {
    expect(
      reportedKeys(belgianNationalNumberRecognizer, "NISS 85.07.30-033.28, soit 85073003328")
    ).toEqual(["85073003328", "85073003328"]);
    expect(reportedKeys(spanishIdRecognizer, "NIE X1234567L ou X-1234567-L")).toEqual([
      "X1234567L",
      "X1234567L",
    ]);
  });
});

describe("a cross-border worker's file", () => {
  it("sends none of their numbers to the model, and comes back restored", () => {
    const letter =
      "M. Luca Bianchi, codice fiscale RSSMRA85T10A562S, domicilié à Menton ; sa compagne, " +
      "numéro national belge 85.07.30-033.28, et son frère, numéro AVS 756.1234.5678.97.";
    const { text, vault } = new Engine().pseudonymise(letter);
    expect(text).toBe(
      "M. [PERSONNE_1], codice fiscale [NUMERO_FISCAL_1], domicilié à Menton ; sa compagne, " +
        "numéro national belge [NIR_1], et son frère, numéro AVS [NIR_2]."
    );
    expect(restore(text, vault).text).toBe(letter);
  });
});
