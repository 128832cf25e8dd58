import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";
import { lowercaseNameRecognizer } from "../../src/redaction/recognizers/lowercase-name.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(lowercaseNameRecognizer, text);

describe("lower-case name recognizer", () => {
  it("reads who a greeting greets, with a surname if one follows", () => {
    expect(
      found("bonjour jean,\nSalut marie dupont !\n> coucou jean-luc\nBonjour sophie. Tu vas bien ?")
    ).toEqual(["jean", "marie dupont", "jean-luc", "sophie"]);
  });

  it("reads a signature under a closing, or after one on its line", () => {
    expect(
      found(
        "à demain.\n\nbises,\n\nmarie\n---\nBonne journée, paul\n---\na+ karim\n---\n" +
          "À bientôt\n  jean-pierre martin\n---\nCordialement, lucie roux, chargée de mission"
      )
    ).toEqual(["marie", "paul", "karim", "jean-pierre martin", "lucie roux"]);
  });

  it("reads a name after a civility in lower case, in a message written so", () => {
    expect(
      found(
        "bonjour jean,\nle dossier de madame martin comme convenu, et celui de mme sophie durand." +
          "\nmonsieur le maire et madame la directrice ; madame souhaite un rendez-vous."
      )
    ).toEqual(["jean", "martin", "sophie durand"]);
  });

  it("reads a civility's name in any text, as notes write it", () => {
    expect(
      found(
        "Le rapport de madame martin a été transmis au préfet. vu mme nguyen le 16/09, relancer " +
          "m. zahraoui ; mr gauthier et melle diallo."
      )
    ).toEqual(["martin", "nguyen", "zahraoui", "gauthier", "diallo"]);
  });

  it("reads a surname after a civil status or a particle, not a role nor a preposition", () => {
    expect(
      found(
        "mme veuve martin, mr da costa, m. ben salah ; madame la directrice, monsieur le " +
          "maire, madame de garde, mr da, madame épouse"
      )
    ).toEqual(["martin", "da costa", "ben salah"]);
  });

  it("greets no one in a greeting without a given name", () => {
    expect(
      found(
        "bonjour à tous,\nmerci beaucoup\nsalut tout le monde !\nbonjour madame,\n" +
          "Merci pour votre retour.\ncher collègue,"
      )
    ).toEqual([]);
  });

  it("takes no line after a closing that is prose, nor a name in the middle of a sentence", () => {
    expect(
      found(
        "Cordialement,\nmarie a appelé ce matin\n\nbonjour jean dupont et toute l'équipe\n" +
          "peux-tu rappeler sophie avant jeudi ?"
      )
    ).toEqual([]);
  });

  it("reads a chat's speaker lines: a known given name, its surname or initial, the time", () => {
    expect(
      found(
        "julie m. 09:02\nsalut tt le monde\n\nkarim b 09:04\noui\n\nléa - 9h15\nok\n\n" +
          "sam s 10:01 AM\nvu"
      )
    ).toEqual(["julie m.", "karim b", "léa", "sam s"]);
    // A time in a sentence, or after a word that is no given name, is no speaker's.
    expect(found("demain 10:30\nrdv lundi 14h30\njulie m. a appelé à 09:02")).toEqual([]);
  });

  it("reads the given names of a meeting's lists, the list's other words left", () => {
    expect(
      found(
        "Présents : moi, julie, service RH, karim et marie-claude\nExcusés : paul durand\n" +
          "Invités : mehmet yilmaz, benoît et anaïs"
      )
    ).toEqual([
      "julie",
      "karim",
      "marie-claude",
      "paul durand",
      "mehmet yilmaz",
      "benoît",
      "anaïs",
    ]);
    expect(found("Présents : 12 agents ; absents : aucun\nparticipants au projet")).toEqual([]);
  });
});

describe("lower-case names in the engine", () => {
  it("links a name greeted in lower case to the same person written in full", () => {
    const { text } = new Engine().pseudonymise(
      "bonjour jean,\nle dossier de madame martin est prêt, Mme Sophie Martin a rappelé.\n" +
        "bises,\nmarie\n\n> De : Jean Dupont <jean.dupont@interieur.gouv.fr>"
    );
    expect(text).toBe(
      "bonjour [PERSONNE_1],\nle dossier de madame [PERSONNE_2] est prêt, Mme [PERSONNE_2] a " +
        "rappelé.\nbises,\n[PERSONNE_3]\n\n> De : [PERSONNE_1] <[COURRIEL_1]>"
    );
  });
});
