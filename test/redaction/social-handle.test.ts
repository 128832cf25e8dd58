import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";
import { socialHandleRecognizer } from "../../src/redaction/recognizers/social-handle.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(socialHandleRecognizer, text);

describe("social handle recognizer", () => {
  it("reports a profile's address, whole", () => {
    expect(
      found(
        "Son compte facebook.com/karim.benali.5 et https://www.instagram.com/lea.martin_/ ; " +
          "voir linkedin.com/in/jdupont, tiktok.com/@lea.m et x.com/jdupont75."
      )
    ).toEqual([
      "facebook.com/karim.benali.5",
      "https://www.instagram.com/lea.martin_",
      "linkedin.com/in/jdupont",
      "tiktok.com/@lea.m",
      "x.com/jdupont75",
    ]);
  });

  it("reports a profile's number after its name, and a French site's profile", () => {
    expect(
      found(
        "Son profil Indeed : indeed.com/r/Alexandre-Dubois/3f8a9b2c1d. Voir viadeo.fr/p/jdupont."
      )
    ).toEqual(["indeed.com/r/Alexandre-Dubois/3f8a9b2c1d", "viadeo.fr/p/jdupont"]);
  });

  it("reports a handle after @, but not an e-mail address's domain", () => {
    expect(
      found(
        "Son compte Instagram @karim.benali75, puis @Lea_M. Écrire à jean.dupont@gmail.com ou " +
          "marie@free.fr ; RDV @ 14h ; a+ @+"
      )
    ).toEqual(["@karim.benali75", "@Lea_M"]);
  });

  it("reports a pseudonym after its label, and no word of prose", () => {
    expect(
      found(
        "pseudo : darkkarim93 ; son pseudonyme Snapchat kb_75_off ; pseudo « lea » ; son pseudo " +
          "est jdupont75 ; son pseudo sur le forum : « neo.92 ». " +
          "Son pseudo est inconnu ; les pseudonymes utilisés ; pseudo retenu."
      )
    ).toEqual(["darkkarim93", "kb_75_off", "lea", "jdupont75", "neo.92"]);
  });

  it("reports a handle with an underscore where an account or a network is named before it", () => {
    expect(
      found(
        "Le suspect a utilisé l'identifiant Snapchat kb_75_off. Identifiant Snapchat de la mère : " +
          "sabri_lef93. Le fichier rapport_final.docx ; la constante MAX_SIZE ; kb_75_off, compte."
      )
    ).toEqual(["kb_75_off", "sabri_lef93"]);
  });

  it("reads no handle in a placeholder's underscore, plain or as markdown escapes it", () => {
    expect(
      found(
        "virement sur le compte [IBAN_1] ; compte \\[NUMERO\\_FISCAL\\_1\\] ; identifiant Snapchat " +
          "[IDENTIFIANT_2] ; compte NUMERO_FISCAL_3"
      )
    ).toEqual([]);
  });

  it("keys a handle in any case as one account", () => {
    expect(reportedKeys(socialHandleRecognizer, "@Lea.Martin puis @lea.martin")).toEqual([
      "@lea.martin",
      "@lea.martin",
    ]);
  });
});

describe("social handles in the engine", () => {
  it("masks them as IDENTIFIANT, with one placeholder per account", () => {
    const { text } = new Engine().pseudonymise("Compte @lea.martin75, relancé par @Lea.Martin75.");
    expect(text).toBe("Compte [IDENTIFIANT_1], relancé par [IDENTIFIANT_1].");
  });
});
