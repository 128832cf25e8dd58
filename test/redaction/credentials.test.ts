import { describe, expect, it } from "vitest";
import { Engine, restore } from "../../src/redaction/index.ts";
import { credentialsRecognizer } from "../../src/redaction/recognizers/credentials.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(credentialsRecognizer, text);

describe("credentials recognizer", () => {
  it("reports a login and a password after their labels, in a form's lines", () => {
    const text =
      "Identifiant : CLefevre\nMot de passe provisoire : Soleil2024!\n" +
      "Nom d’utilisateur : tgirard (agent)\nIdentifiant de connexion : tgirard\n" +
      "identifiant : jdupont / mdp : Azerty123.\nlogin: m.leroy, password: p@ss\n" +
      "Mot de passe (temporaire) : « k9 Lm!x »\nUtilisateur : mleroy";
    expect(found(text)).toEqual([
      "CLefevre",
      "Soleil2024!",
      "tgirard",
      "tgirard",
      "jdupont",
      "Azerty123",
      "m.leroy",
      "p@ss",
      "k9 Lm!x",
      "mleroy",
    ]);
    // A login is one in any case; a password is as written.
    expect(reportedKeys(credentialsRecognizer, text).slice(0, 2)).toEqual([
      "clefevre",
      "Soleil2024!",
    ]);
  });

  it("reports a building's door code, on a form's line or in prose", () => {
    expect(
      found(
        "35000 Rennes, 4e ét. — digicode 4521B\nCode porte : 1234A\nDigicode : 58B12 ; le " +
          "digicode est en panne ; Code civil : article 9 ; Code de la porte : voir gardien"
      )
    ).toEqual(["4521B", "1234A", "58B12"]);
  });

  it("reports an account after a network's name", () => {
    expect(
      found("compte Instagram : lea.m\nTikTok: kevin.b69\nFacebook : Léa Martin\nSignal : rouge")
    ).toEqual(["lea.m", "kevin.b69"]);
  });

  it("takes no answer, sentence, filler or e-mail address for a credential", () => {
    expect(
      found(
        "Identifiant : inconnu\nMot de passe : celui de votre messagerie\n" +
          "Identifiant : voir ci-dessous\nIdentifiant : ____________\nMot de passe : ********\n" +
          "Identifiant : jean.dupont@exemple.fr\nType d'utilisateur : administrateur\n" +
          "Avis de l'utilisateur final : favorable.\nVos identifiants :\n  Mot de passe : néant"
      )
    ).toEqual([]);
  });

  it("reads prose's labels before `est` or `sera`, taking only a value no word has", () => {
    expect(
      found(
        "Votre identifiant est j.dupont75 pour le portail et votre mot de passe provisoire sera " +
          "« Bienvenue » ; vos mots de passe est Xk9!pq. Son mot de passe est perdu, son " +
          "identifiant est son adresse électronique, l'identifiant est personnel ; le mot de " +
          "passe est modifié chaque mois, l'identifiant est différent."
      )
    ).toEqual(["j.dupont75", "Bienvenue", "Xk9!pq"]);
  });

  it("reports a credential written again without its label, not inside a longer word", () => {
    expect(
      found(
        "Identifiant : clefevre\nPuis clefevre, et non clefevre2, xclefevre, a.clefevre ni " +
          "clefevre@mail.fr. Mot de passe : Lm9!x ; Lm9!x encore. Login : marc\nmarc est là."
      )
    ).toEqual(["clefevre", "clefevre", "Lm9!x", "Lm9!x", "marc"]);
  });
});

describe("an access letter", () => {
  it("sends no credential to the model, and comes back restored", () => {
    const letter =
      "Bonjour Madame Lefèvre,\n\nVoici vos accès à l'espace famille :\n" +
      "Identifiant : clefevre\nMot de passe provisoire : Soleil2024!\n\n" +
      "À la première connexion, votre identifiant clefevre reste le même.";
    const { text, vault } = new Engine().pseudonymise(letter);
    expect(text).toBe(
      "Bonjour Madame [PERSONNE_1],\n\nVoici vos accès à l'espace famille :\n" +
        "Identifiant : [IDENTIFIANT_1]\nMot de passe provisoire : [IDENTIFIANT_2]\n\n" +
        "À la première connexion, votre identifiant [IDENTIFIANT_1] reste le même."
    );
    expect(restore(text, vault).text).toBe(letter);
  });
});
