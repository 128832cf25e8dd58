import { describe, expect, it } from "vitest";
import { caseNumberRecognizer } from "../../src/redaction/recognizers/case-number.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(caseNumberRecognizer, text);

describe("case number recognizer", () => {
  it.each([
    ["RG 21/04567", "21/04567"],
    ["RG n° 21/04567", "21/04567"],
    ["n° RG : 21/04567", "21/04567"],
    ["R.G. 2021/04567", "2021/04567"],
    ["Répertoire général n° 21/04567", "21/04567"],
  ])("finds the RG number of %s, without its label", (writing, id) => {
    expect(found(`Affaire ${writing} du tribunal judiciaire.`)).toEqual([id]);
  });

  it("finds RG and Portalis numbers side by side", () => {
    expect(found("N° RG 21/04567 - N° Portalis DBVX-V-B7F-NQ5T")).toEqual([
      "21/04567",
      "DBVX-V-B7F-NQ5T",
    ]);
    expect(found("N° Portalis 35L7-V-B7E-CBXYZ")).toEqual(["35L7-V-B7E-CBXYZ"]);
  });

  it("finds Cour de cassation pourvoi numbers, the letter with them when written", () => {
    expect(found("Sur le pourvoi n° Y 19-19.463 formé par")).toEqual(["Y 19-19.463"]);
    expect(found("Arrêt n° 19-19.463 de la chambre sociale")).toEqual(["19-19.463"]);
    expect(found("Pourvoi n° 21-12.345.")).toEqual(["21-12.345"]);
  });

  it("finds parquet numbers", () => {
    expect(
      found("n° de parquet 21012000123, parquet n° 21/123/45, PARQUET : 20.123.45678.")
    ).toEqual(["21012000123", "21/123/45", "20.123.45678"]);
  });

  it("finds an administration's file number", () => {
    expect(
      found("Numéro de dossier : 2021-ABC-00123. Votre dossier n° AB123456 est complet.")
    ).toEqual(["2021-ABC-00123", "AB123456"]);
    expect(found("n° dossier : 75-2021-000123 ; réf. dossier DOS-4521")).toEqual([
      "75-2021-000123",
      "DOS-4521",
    ]);
  });

  it("finds a file number after the body or scheme that holds it", () => {
    expect(
      found(
        "Réf. dossier ASE : 59-ASE-2023-04471 ; N° dossier MDPH : 033-2019-0087745 ; " +
          "Mon numéro de dossier logement social : 038-24-0012345. Le dossier TRÈS urgent : 12345"
      )
    ).toEqual(["59-ASE-2023-04471", "033-2019-0087745", "038-24-0012345"]);
    expect(found("N° dossier Parcoursup : 1874523")).toEqual(["1874523"]);
    expect(
      found(
        "dossier fsl n° FSL-35-2024-08817 ; dossier sinistre AXA n° SIN-24-0618-77215 ; " +
          "Dossier surendettement BDF n° 059-2023-14477 ; le dossier de mariage n° MAR-2025-0147"
      )
    ).toEqual(["FSL-35-2024-08817", "SIN-24-0618-77215", "059-2023-14477", "MAR-2025-0147"]);
  });

  it("finds a file's number of three groups right after `dossier`, without n°", () => {
    expect(
      found(
        "FAMILLE X — dossier 76-ASE-2021-00812 ; (dossier SIAO 44-2024-3392) ; dossier lié " +
          "067-NAT-2023-004519 ; (dossier 2024-LF-0931)"
      )
    ).toEqual(["76-ASE-2021-00812", "44-2024-3392", "067-NAT-2023-004519", "2024-LF-0931"]);
    expect(
      found("le dossier 12-03-2024 ; le décret 2019-1234-56 ; dossier 2024-12 ; 76-ASE-2021-1")
    ).toEqual([]);
  });

  it("finds an appeal's number after `recours n°`", () => {
    expect(found("le dossier DALO (recours n° 44-DALO-24-0519).")).toEqual(["44-DALO-24-0519"]);
  });

  it("finds a court's record number and a legal aid decision's", () => {
    expect(
      found(
        "Minute n° 24/1893 ; bénéficiaire de l'aide juridictionnelle totale n° 2023/009874 du " +
          "12/06/2023"
      )
    ).toEqual(["24/1893", "2023/009874"]);
    expect(
      found("Procédure n° 2025/004871 - PV n° 00123/2025 ; procès-verbal n° 2024/118")
    ).toEqual(["2025/004871", "00123/2025", "2024/118"]);
  });

  it("takes no number of two digits or fewer, which is a rank", () => {
    expect(found("une minute n° 3 ; le dossier Dupont n° 12 ; dossier n° 7")).toEqual([]);
  });

  it("finds ECHR application numbers, lists included, and old ECHR case numbers", () => {
    expect(
      found("A son origine se trouve une requête (no 20022/92) dirigée contre la Suède.")
    ).toEqual(["20022/92"]);
    expect(
      found("deux requêtes (nos 43185/98 et 43186/98) ; requête n° 5136/11 ; req. no 8186/78")
    ).toEqual(["43185/98", "43186/98", "5136/11", "8186/78"]);
    expect(
      found("une requête à la Cour (no 34127/03) ; Boner c. Royaume-Uni (no 30/1993/425/504)")
    ).toEqual(["34127/03", "30/1993/425/504"]);
  });

  it("ignores decree, law and article numbers", () => {
    expect(
      found("Vu le décret n° 2019-1234 du 12 mars 2019 et la loi n° 78-17 du 6 janvier 1978,")
    ).toEqual([]);
    expect(
      found(
        "article 700 du code de procédure civile ; article L. 123-4 du code ; arrêté n° 2020/123"
      )
    ).toEqual([]);
  });

  it("ignores a label followed by no identifier, and labels inside words", () => {
    expect(
      found("numéro de dossier INCONNU ; le dossier 12 pièces ; ORG 21/04567 ; ERG n° 21/04567")
    ).toEqual([]);
  });

  it("ignores administrative prose", () => {
    const prose =
      "Le montant de 1 234 567,89 € a été fixé par jugement du 12/03/2019 (audience du 3 mars 2021), " +
      "parcelle n° 288/3, version 1.2.3.4, SIRET 732 829 320 00074, IBAN FR76 3000 6000 0112 3456 7890 189.";
    expect(found(prose)).toEqual([]);
  });

  it("gives one key to the writings of one case", () => {
    expect(
      reportedKeys(caseNumberRecognizer, "RG 21/04567, R.G. 2021/04567, rg n° 21/04567")
    ).toEqual(["21/04567", "21/04567", "21/04567"]);
    expect(reportedKeys(caseNumberRecognizer, "pourvoi n° Y 19-19.463 ; n° 19-19.463")).toEqual([
      "19-19.463",
      "19-19.463",
    ]);
  });
});

describe("labour court RG numbers", () => {
  it("keep the section letter inside the entity", () => {
    const text = "N° RG F 22/06040 - N° Portalis NZPJ-B-B7G-NA85";
    const spans = caseNumberRecognizer
      .analyze(text)
      .filter((e) => e.score >= 0.5)
      .map((e) => text.slice(e.start, e.end));
    expect(spans).toContain("F 22/06040");
  });
});
