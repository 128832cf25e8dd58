import { describe, expect, it } from "vitest";
import { Analyzer } from "../../src/redaction/analyzer.ts";
import { pseudonymiseEntities } from "../../src/redaction/pseudonymiser.ts";
import { postalAddressRecognizer } from "../../src/redaction/recognizers/postal-address.ts";
import { RecognizerRegistry } from "../../src/redaction/registry.ts";

/** What the analyzer reports (default threshold), as the user sees it highlighted. */
const analyzer = new Analyzer(new RecognizerRegistry([postalAddressRecognizer]));
const found = (text: string) => analyzer.analyze(text).map((e) => text.slice(e.start, e.end));
const keyOf = (text: string) => analyzer.analyze(text)[0]?.key;

describe("postal address recognizer", () => {
  describe("letter headers", () => {
    it.each([
      [
        "Madame Jeanne Martin\n12 bis, av. de la République\nBâtiment B\n75011 PARIS\n\nObjet : demande de logement",
        ["12 bis, av. de la République\nBâtiment B\n75011 PARIS"],
      ],
      [
        "Monsieur Jean Dupont\n12 rue des Lilas\nAppartement 4\n69003 LYON\n\nLyon, le 3 mars 2024",
        ["12 rue des Lilas\nAppartement 4\n69003 LYON"],
      ],
      [
        "Mme Anne Roux\nRésidence Les Tilleuls, Bâtiment C\n8 allée des Érables\n44300 Nantes",
        ["Résidence Les Tilleuls, Bâtiment C\n8 allée des Érables\n44300 Nantes"],
      ],
      [
        "M. Paul Martin\u000b5 impasse du Moulin\u000b21000 Dijon",
        ["5 impasse du Moulin\u000b21000 Dijon"],
      ],
      [
        "Société Durand\r\n15 avenue Jean Jaurès\r\nCS 70001\r\n69007 LYON CEDEX 07\r\n",
        ["15 avenue Jean Jaurès\r\nCS 70001\r\n69007 LYON CEDEX 07"],
      ],
      [
        "Préfecture du Rhône\n106 rue Pierre Corneille\n69419 Lyon Cedex 03",
        ["106 rue Pierre Corneille\n69419 Lyon Cedex 03"],
      ],
      [
        "Cabinet Vidal\nImmeuble Le Bellevue\n3 rue des Fleurs\n06000 Nice",
        ["Immeuble Le Bellevue\n3 rue des Fleurs\n06000 Nice"],
      ],
      [
        "Direction générale des finances publiques\nTSA 30110\n75007 Paris",
        ["TSA 30110\n75007 Paris"],
      ],
      ["Mme Claire Petit\n12 Grande Rue\n25000 Besançon", ["12 Grande Rue\n25000 Besançon"]],
      ["M. Weber, 3 Grand’Rue, 67000 Strasbourg", ["3 Grand’Rue, 67000 Strasbourg"]],
    ])("%j", (text, expected) => {
      expect(found(text)).toEqual(expected);
    });
  });

  describe("judgments and procès-verbaux", () => {
    it.each([
      [
        "Monsieur Paul Durand, né le 2 janvier 1980 à Nantes, demeurant 18, boulevard Saint-Germain, 75005 Paris, ci-après dénommé",
        ["18, boulevard Saint-Germain, 75005 Paris"],
      ],
      [
        "DEMANDEUR : Monsieur Karim BENALI, demeurant 27 RUE DES ROSIERS - 93100 MONTREUIL SOUS BOIS",
        ["27 RUE DES ROSIERS - 93100 MONTREUIL SOUS BOIS"],
      ],
      [
        "DOMICILE : 12 BIS ALLÉE DES CHÊNES, 44000 NANTES ; SIÈGE : 5 À 7 CHAUSSÉE DU PORT, 29200 BREST",
        ["12 BIS ALLÉE DES CHÊNES, 44000 NANTES", "5 À 7 CHAUSSÉE DU PORT, 29200 BREST"],
      ],
      [
        "représenté par Maître Sophie Bernard, avocat au barreau de Lyon, 45 quai Jules Courmont, 69002 Lyon, toque 123",
        ["45 quai Jules Courmont, 69002 Lyon"],
      ],
      [
        "la SCI Les Oliviers, dont le siège est 7 impasse des Oliviers 13100 Aix-en-Provence, prise en la personne de",
        ["7 impasse des Oliviers 13100 Aix-en-Provence"],
      ],
      ["Madame Léa Roux, domiciliée rue de la Paix, 75002 Paris", ["rue de la Paix, 75002 Paris"]],
      [
        "Le tribunal judiciaire de Paris, Parvis du Tribunal de Paris, 75017 Paris, statuant publiquement",
        ["Parvis du Tribunal de Paris, 75017 Paris"],
      ],
      ["demeurant 3 ter rue du 8 Mai 1945 à Villeurbanne", ["3 ter rue du 8 Mai 1945"]],
      [
        "demeurant 12-14 rue d’Alsace-Lorraine, 31000 TOULOUSE",
        ["12-14 rue d’Alsace-Lorraine, 31000 TOULOUSE"],
      ],
      ["Mme Nadia Haddad, domiciliée 94240 L'Haÿ-les-Roses", ["94240 L'Haÿ-les-Roses"]],
      ["résidant 4 rue de la Gare 97400 Saint-Denis", ["4 rue de la Gare 97400 Saint-Denis"]],
      [
        "demeurant 7 avenue Princesse Grace, 98000 Monaco",
        ["7 avenue Princesse Grace, 98000 Monaco"],
      ],
      ["domicilié 20 cours Napoléon 20000 Ajaccio", ["20 cours Napoléon 20000 Ajaccio"]],
      [
        "nous nous sommes transportés au domicile de M. X, sis 14 bis rue Jean Moulin à Vénissieux",
        ["14 bis rue Jean Moulin"],
      ],
      [
        "Le mis en cause déclare habiter au lieu-dit Les Granges 24200 Sarlat depuis 2019.",
        ["lieu-dit Les Granges 24200 Sarlat"],
      ],
      ["un pavillon situé place de la Concorde, à proximité", ["place de la Concorde"]],
      [
        "Les faits se sont déroulés 10 chemin du Moulin, Lieu-dit La Combe, 07200 Aubenas.",
        ["10 chemin du Moulin, Lieu-dit La Combe, 07200 Aubenas"],
      ],
      ["demeurant avenue du Général de Gaulle à Créteil", ["avenue du Général de Gaulle"]],
      ["DÉFENDEUR : M. Luc FABRE, DEMEURANT RUE DE LA PAIX", ["RUE DE LA PAIX"]],
      ["Il est habitant à 69003 Lyon depuis dix ans.", ["69003 Lyon"]],
      ["l’entrepôt, ZI des Paluds, 13400 Aubagne, a brûlé", ["ZI des Paluds, 13400 Aubagne"]],
    ])("%j", (text, expected) => {
      expect(found(text)).toEqual(expected);
    });
  });

  describe("e-mails", () => {
    it.each([
      [
        "Bonjour, je vous écris au sujet du logement au 12 rue de la paix, merci de me rappeler.",
        ["12 rue de la paix"],
      ],
      ["mon adresse : 12 rue victor hugo 75016 paris", ["12 rue victor hugo 75016 paris"]],
      [
        "Cordialement,\nCabinet Martin\n3, place de la Bourse – 33000 Bordeaux\nTél. : 05 56 00 00 00",
        ["3, place de la Bourse – 33000 Bordeaux"],
      ],
      [
        "Envoyez le dossier à : Boîte postale 12, 97110 Pointe-à-Pitre",
        ["Boîte postale 12, 97110 Pointe-à-Pitre"],
      ],
      ["Retour à l'expéditeur : BP 1234 75001 Paris", ["BP 1234 75001 Paris"]],
      ["B.P. 45 - 33000 Bordeaux", ["B.P. 45 - 33000 Bordeaux"]],
      [
        "Livraison : Appt 12, 3e étage, 5 rue Victor Hugo, 69002 Lyon",
        ["Appt 12, 3e étage, 5 rue Victor Hugo, 69002 Lyon"],
      ],
      [
        "Nos bureaux : 12 et 14 rue Pierre et Marie Curie, 75005 Paris",
        ["12 et 14 rue Pierre et Marie Curie, 75005 Paris"],
      ],
      [
        "Rendez-vous au 5 bd Haussmann, puis au 3 rue du Faubourg Saint-Honoré.",
        ["5 bd Haussmann", "3 rue du Faubourg Saint-Honoré"],
      ],
      [
        "Le gîte : 1250 route de Saint-Paul, 06570 Saint-Paul-de-Vence",
        ["1250 route de Saint-Paul, 06570 Saint-Paul-de-Vence"],
      ],
      [
        "Courrier : 12 avenue du 11 novembre 75700 PARIS CEDEX 07",
        ["12 avenue du 11 novembre 75700 PARIS CEDEX 07"],
      ],
      [
        "Adresse de facturation : 20 rue de la 1re Armée, 67000 Strasbourg",
        ["20 rue de la 1re Armée, 67000 Strasbourg"],
      ],
      // After a longer number and a dash, the house number begins the address all the same.
      ["tél. 0612345678 - 14 rue de la Paix", ["14 rue de la Paix"]],
      ["Réf 123456 - 14 rue de la Paix, 75002 Paris", ["14 rue de la Paix, 75002 Paris"]],
      ["Dossier A12/3456 – 8 allée des Érables", ["8 allée des Érables"]],
      // A range goes up: a year or a reference before a dash is not the start of the address.
      ["Dossier 2021 - 14 rue de la Paix", ["14 rue de la Paix"]],
      ["Bureaux du 12 au 14 : 12-14 rue de la Paix", ["12-14 rue de la Paix"]],
    ])("%j", (text, expected) => {
      expect(found(text)).toEqual(expected);
    });
  });

  describe("what is not an address", () => {
    it.each([
      "Vu l'article 12 du code civil et l'article 700 du code de procédure civile.",
      "Par acte du 12 mars 2020, il a versé 2 000 euros.",
      "Les 3 rues du quartier sont fermées.",
      "Voir le chapitre 4, section 2.",
      "L'audience reprendra à 14 h 30 place Bellecour.",
      "Il est âgé de 75 ans.",
      "loi n° 78-17 du 6 janvier 1978 et décret n° 2019-1333 du 11 décembre 2019",
      "RG n° 21/01234 ; requête no 20022/92 ; SIRET 732 829 320 00074",
      "Il a été condamné à 15000 Euros d'amende.",
      "Elle se promenait sur l'avenue de la République.",
      "Fait à Paris, le 3 mars 2024",
      "Fait à 75008 Paris, le 3 mars 2024",
      "Le tribunal judiciaire de Paris est compétent.",
      "Il a réservé 1 place de parking et suivi 3 cours de droit.",
      "Le train part du 3 quai de la gare.",
      "1 voie de recours est ouverte ; 2 chemins de fer la desservent.",
      "au cours de l'audience du 12 mars",
      "installé depuis 2015 rue de la Paix",
      "j'ai reçu 1 mail de Monsieur Dupont",
      "75008 Paris",
      "Sur les 12 avenues de la ville, les 2 allées et venues",
      "Tél. 01 45 67 89 12, fax 01 45 67 89 13",
      "la situation du requérant au regard de l'article 8",
      "Le 14 juillet 1789 place de la Bastille, la foule se rassemble.",
    ])("%j", (text) => {
      expect(found(text)).toEqual([]);
    });

    it("scores a street with neither number nor context below the threshold", () => {
      const text = "Elle se promenait sur l'avenue de la République.";
      expect(postalAddressRecognizer.analyze(text).every((e) => e.score < 0.5)).toBe(true);
    });
  });

  describe("identity", () => {
    it("gives one key to one address written with abbreviations, another case or extra spaces", () => {
      const key = keyOf("12 avenue Foch, 75116 Paris");
      expect(key).toBeDefined();
      for (const writing of [
        "12, av. Foch 75116 Paris",
        "12 AVENUE  FOCH\n75116 PARIS",
        "12 Av Foch - 75116 paris",
      ]) {
        expect(keyOf(writing)).toBe(key);
      }
      expect(keyOf("3 rue St-Exupéry")).toBe(keyOf("3 rue Saint-Exupéry"));
      expect(keyOf("12bis bd Voltaire")).toBe(keyOf("12 bis boulevard Voltaire"));
      expect(keyOf("BP 12, 97110 Pointe-à-Pitre")).toBe(
        keyOf("Boîte postale 12, 97110 Pointe-à-Pitre")
      );
    });

    it("keeps apart two addresses of one street", () => {
      expect(keyOf("12 avenue Foch")).not.toBe(keyOf("14 avenue Foch"));
    });

    it("replaces both writings by one placeholder", () => {
      const text = "demeurant 12, av. Foch, 75116 Paris (courrier : 12 avenue Foch 75116 PARIS)";
      const { text: masked } = pseudonymiseEntities(text, analyzer.analyze(text));
      expect(masked).toBe("demeurant [ADRESSE_1] (courrier : [ADRESSE_1])");
    });
  });

  describe("commune before its postcode", () => {
    it.each([
      ["Il habite 12 rue de la Paix, Paris 75002.", "12 rue de la Paix, Paris 75002"],
      ["Adresse : 12 rue de la Paix\nParis 75002", "12 rue de la Paix\nParis 75002"],
      ["Adresse : 12 rue de la Paix\n75002 Paris", "12 rue de la Paix\n75002 Paris"],
      [
        "3 avenue Foch, Bâtiment B\nLyon, 69006 Cedex 2",
        "3 avenue Foch, Bâtiment B\nLyon, 69006 Cedex 2",
      ],
    ])("reads the last line in %j", (text, address) => {
      expect(found(text)).toEqual([address]);
    });

    it("gives `Paris 75002` and `75002 Paris` one placeholder", () => {
      expect(keyOf("12 rue de la Paix, Paris 75002")).toBe(keyOf("12 rue de la Paix, 75002 Paris"));
    });

    it("leaves a commune and a number that follow no street", () => {
      expect(found("Le tribunal de Paris 75002 a statué.")).toEqual([]);
      expect(found("12 rue de la Paix. Paris 2024 accueille les Jeux.")).toEqual([
        "12 rue de la Paix",
      ]);
    });
  });
});
