import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";
import { tableColumnsRecognizer } from "../../src/redaction/recognizers/table-columns.ts";

const found = (text: string) =>
  tableColumnsRecognizer.analyze(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);

describe("table columns recognizer", () => {
  it("reads a spreadsheet's rows by their columns' headers", () => {
    expect(
      found(
        "Nom;Prénom;Date de naissance;Téléphone;Courriel;Ville\n" +
          "DUPONT;Jean;12/03/1985;0612345678;jean.dupont@free.fr;Lyon\n" +
          "N'GUYEN;Thi Lan;23/11/1978;;;Marseille\n"
      )
    ).toEqual([
      "PERSONNE DUPONT",
      "PERSONNE Jean",
      "DATE_NAISSANCE 12/03/1985",
      "TELEPHONE 0612345678",
      "COURRIEL jean.dupont@free.fr",
      "PERSONNE N'GUYEN",
      "PERSONNE Thi Lan",
      "DATE_NAISSANCE 23/11/1978",
    ]);
  });

  it("reads tabs, markdown's bars and a CSV's commas, and stops where the rows do", () => {
    expect(
      found(
        "Nom\tPrénom\tNIR\nBERNARD\tLuc\t1 85 03 69 123 456 78\n\n" +
          "| Nom | Prénom | Date de naissance |\n|---|---|---|\n| DURAND | Marie | 01/02/1970 |\n\n" +
          "nom,prenom,email\nbernard,luc,luc.bernard@free.fr\nLa suite, en prose, ne compte pas.\n"
      )
    ).toEqual([
      "PERSONNE BERNARD",
      "PERSONNE Luc",
      "NIR 1 85 03 69 123 456 78",
      "PERSONNE DURAND",
      "PERSONNE Marie",
      "DATE_NAISSANCE 01/02/1970",
      "PERSONNE bernard",
      "PERSONNE luc",
      "COURRIEL luc.bernard@free.fr",
    ]);
  });

  it("reads a table laid out in columns of spaces, as a register's extract copies it", () => {
    expect(
      found(
        "Liste du bureau n° 1\n\n" +
          "N°   NOM de naissance  Nom d'usage   Prénoms        Né(e) le     Adresse\n" +
          "001  ADAM              -             Gérard Louis   12/05/1949   4 rue de l'Église\n" +
          "002  BAUMANN           MEYER         Christiane     03/11/1952   12 rue du Moulin\n" +
          "\nLa commission s'est réunie.  Nom  de la salle : Marianne.\n"
      )
    ).toEqual([
      "PERSONNE ADAM",
      "PERSONNE Gérard Louis",
      "DATE_NAISSANCE 12/05/1949",
      "ADRESSE 4 rue de l'Église",
      "PERSONNE BAUMANN",
      "PERSONNE MEYER",
      "PERSONNE Christiane",
      "DATE_NAISSANCE 03/11/1952",
      "ADRESSE 12 rue du Moulin",
    ]);
  });

  it("reads a table on its side, a field per row and a value per column", () => {
    expect(
      found(
        "                     VÉHICULE A             VÉHICULE B\n" +
          "Conducteur           BENALI Karim           WISNIEWSKI Tomasz\n" +
          "Immatriculation      GH-482-TX              731 BKL 69\n" +
          "Né(e) le             03.07.1986             11 février 1984\n" +
          "Permis n°            130769100452           16AB12873\n" +
          "Catégorie            B                      B\n" +
          "Nom\tPrénom\tDate de naissance"
      )
    ).toEqual([
      "PERSONNE BENALI Karim",
      "PERSONNE WISNIEWSKI Tomasz",
      "PLAQUE GH-482-TX",
      "PLAQUE 731 BKL 69",
      "DATE_NAISSANCE 03.07.1986",
      "DATE_NAISSANCE 11 février 1984",
      "PASSEPORT 130769100452",
      "PASSEPORT 16AB12873",
    ]);
  });

  it("takes no prose written with double spaces for a table", () => {
    expect(
      found(
        "Le nom  du requérant figure au dossier.  Sa date de naissance  aussi.\n" +
          "Nom  et prénom du signataire : voir ci-dessous.\nDurand  Paul  arrive demain.\n"
      )
    ).toEqual([]);
  });

  it("takes a cell only in its type's shape, and no table without a person's column", () => {
    expect(
      found(
        "Nom;Date de naissance;Téléphone\nDossier 12;31/02/1990;voir fiche\n\n" +
          "Ville;Téléphone\nLyon;0612345678\n\n" +
          "Au nom de la loi ; le nombre de demandes ; la dénomination, le nom.\n"
      )
    ).toEqual([]);
  });
});

describe("tables in the engine", () => {
  it("masks a table's surnames in capitals and its dates, which prose's recognizers leave", () => {
    const { text } = new Engine().pseudonymise(
      "Nom;Prénom;Date de naissance\nDUPONT;Jean;12/03/1985\n"
    );
    expect(text).toBe(
      "Nom;Prénom;Date de naissance\n[PERSONNE_1];[PERSONNE_2];[DATE_NAISSANCE_1]\n"
    );
  });

  it("gives a cell the identity its value has elsewhere in the text: one placeholder each", () => {
    const rows = ["DUPONT;Jean;0612345678;12/03/1985", ...Array(12).fill("MARTIN;Luc;;")];
    const { text } = new Engine().pseudonymise(
      `Nom;Prénom;Téléphone;Date de naissance\n${rows.join("\n")}\n\n` +
        "Rappeler M. Dupont au 06 12 34 56 78, né le 12 mars 1985."
    );
    expect(text.split("\n")[1]).toBe("[PERSONNE_1];[PERSONNE_2];[TELEPHONE_1];[DATE_NAISSANCE_1]");
    expect(text.split("\n").pop()).toBe(
      "Rappeler M. [PERSONNE_1] au [TELEPHONE_1], né le [DATE_NAISSANCE_1]."
    );
  });

  it("reports only the types asked for, a table's other columns left", () => {
    const entities = new Engine().detect("Nom;Prénom;Date de naissance\nDUPONT;Jean;12/03/1985\n", {
      types: ["DATE_NAISSANCE"],
    });
    expect(entities.map((e) => e.type)).toEqual(["DATE_NAISSANCE"]);
  });
});
