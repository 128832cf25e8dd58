import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";
import { nicknameRecognizer } from "../../src/redaction/recognizers/nickname.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(nicknameRecognizer, text);

describe("nickname recognizer", () => {
  it("reports a nickname in quotes after the word that gives it", () => {
    expect(
      found(
        'mon ami Ibrahima Sory Bah dit "Ibro" ; que les autres appelaient "Capitaine Kaba" ; ' +
          'son fils, surnommé « Bouba », 19 ans ; Alias : "Medhi", "Le Grand" ; préfère être ' +
          'appelé "Alex" ou "Dub\'s"'
      )
    ).toEqual(["Ibro", "Capitaine Kaba", "Bouba", "Medhi", "Le Grand", "Alex", "Dub's"]);
  });

  it("leaves a nickname's article outside, and reads `un certain « Momo »`", () => {
    expect(
      found(
        'surnommé « le Petit Yaya » dans le quartier ; un certain "Momo", 17 ans ; un certain "temps"'
      )
    ).toEqual(["Petit Yaya", "Momo"]);
  });

  it("takes no reported speech, no phrase and no quote a word gives no nickname", () => {
    expect(
      found(
        'Il a dit « Non » ; Paul dit « Oui » ; le témoin a dit "Il est parti" ; le mot dit "Bonjour" ; ' +
          "la société " +
          '"Transports Lebreton" ; surnommé « le plus grand marchand de la ville entière » ; ' +
          'alias "inconnu"'
      )
    ).toEqual([]);
  });
});

describe("a nickname in a narrative", () => {
  it("is masked wherever it is written again", () => {
    const { text } = new Engine().pseudonymise(
      'Mon ami Ibrahima Sory Bah dit "Ibro" a fui avec moi. Ibro a été blessé à Labé.'
    );
    expect(text).toBe(
      'Mon ami [PERSONNE_1] dit "[PERSONNE_2]" a fui avec moi. [PERSONNE_2] a été blessé à Labé.'
    );
  });
});
