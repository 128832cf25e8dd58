import { describe, expect, it } from "vitest";
import { MAX_MENTION_LENGTH } from "../../src/redaction/placeholder.ts";
import { echoedWritings, restore, StreamRestorer } from "../../src/redaction/restorer.ts";
import { Vault } from "../../src/redaction/vault.ts";

function vault(): Vault {
  const v = new Vault();
  v.placeholderFor("PERSONNE", "Jean Dupont"); // [PERSONNE_1]
  v.placeholderFor("PERSONNE", "Marie Curie"); // [PERSONNE_2]
  v.placeholderFor("ADRESSE", "12 rue de la Paix, 75002 Paris"); // [ADRESSE_1]
  v.placeholderFor("ADRESSE_IP", "192.168.1.10"); // [ADRESSE_IP_1]
  v.placeholderFor("DATE_NAISSANCE", "3 mars 1980"); // [DATE_NAISSANCE_1]
  v.placeholderFor("NUMERO_FISCAL", "1234567890123"); // [NUMERO_FISCAL_1]
  v.placeholderFor("CARTE_BANCAIRE", "4970 1012 3456 7890"); // [CARTE_BANCAIRE_1]
  v.placeholderFor("BALISE", "[PERSONNE_1]"); // [BALISE_1]: the user's own text looked like a placeholder
  return v;
}

const restored = (text: string) => restore(text, vault()).text;

/** Pushes the chunks one by one and returns what each push gave, then what end gave. */
function stream(chunks: string[], v = vault()): string[] {
  const restorer = new StreamRestorer(v);
  return [...chunks.map((chunk) => restorer.push(chunk)), restorer.end()];
}

describe("restore", () => {
  it("puts the original back and counts it", () => {
    expect(restore("[PERSONNE_1] a écrit à [PERSONNE_2].", vault())).toEqual({
      text: "Jean Dupont a écrit à Marie Curie.",
      unknown: [],
      restored: 2,
    });
  });

  it("tolerates case, spaces, hyphens and padding inside the brackets", () => {
    for (const written of [
      "[personne_1]",
      "[Personne_1]",
      "[PERSONNE 1]",
      "[PERSONNE-1]",
      "[ PERSONNE_1 ]",
      "[Personne - 1]",
    ]) {
      expect(restored(`Signé : ${written}.`), written).toBe("Signé : Jean Dupont.");
    }
  });

  it("keeps the markdown around a placeholder", () => {
    expect(restored("**[PERSONNE_1]**, _[PERSONNE_2]_, `[PERSONNE_1]`, *PERSONNE_2*")).toBe(
      "**Jean Dupont**, _Marie Curie_, `Jean Dupont`, *Marie Curie*"
    );
  });

  it("undoes markdown escapes of brackets and underscores", () => {
    expect(restored("\\[PERSONNE\\_1\\] et PERSONNE\\_2 ; \\[DATE\\_NAISSANCE\\_1\\]")).toBe(
      "Jean Dupont et Marie Curie ; 3 mars 1980"
    );
  });

  it("keeps a lone backslash before a bracket, which belongs to the text", () => {
    expect(restored("C:\\[PERSONNE_1]")).toBe("C:\\Jean Dupont");
  });

  it("works after French elision", () => {
    expect(restored("l'[ADRESSE_1], d’[PERSONNE_2], l’ADRESSE_1")).toBe(
      "l'12 rue de la Paix, 75002 Paris, d’Marie Curie, l’12 rue de la Paix, 75002 Paris"
    );
  });

  it("restores labels made of several words, however the words are joined", () => {
    expect(
      restored(
        "[DATE_NAISSANCE_1] [DATE NAISSANCE 1] DATE_NAISSANCE_1 DATE NAISSANCE 1 [date-naissance-1]"
      )
    ).toBe("3 mars 1980 3 mars 1980 3 mars 1980 3 mars 1980 3 mars 1980");
    expect(restored("ADRESSE_IP_1, [NUMERO FISCAL 1], CARTE_BANCAIRE_1")).toBe(
      "192.168.1.10, 1234567890123, 4970 1012 3456 7890"
    );
  });

  it("restores a placeholder without brackets only when the vault knows it", () => {
    expect(restore("PERSONNE_1 et PERSONNE 2 mais pas PERSONNE_7", vault())).toEqual({
      text: "Jean Dupont et Marie Curie mais pas PERSONNE_7",
      unknown: [],
      restored: 2,
    });
  });

  it("reads no bare placeholder that begins a longer number or an amount", () => {
    const prose = "PERSONNE 1 234 567, PERSONNE_2 192.168.1.10, PERSONNE_1/2, PERSONNE 1 %";
    expect(restored(prose)).toBe(prose);
    expect(restored("PERSONNE_1. PERSONNE_2 - 3 ; PERSONNE 1, a")).toBe(
      "Jean Dupont. Marie Curie - 3 ; Jean Dupont, a"
    );
  });

  it("leaves ordinary words alone", () => {
    for (const prose of [
      "Il n'y a personne 1 jour sur 2.",
      "Une personne, une adresse, la date de naissance, le dossier 12.",
      "[voir annexe] [PERSONNE] [_1] PERSONNE_",
      "AUTRE_PERSONNE_1, PERSONNE_1bis, xPERSONNE_1, PERSONNE_1_2A",
    ]) {
      expect(restored(prose), prose).toBe(prose);
    }
  });

  it("never restores a placeholder inside a longer one", () => {
    const v = vault();
    expect(
      restore("[PERSONNE_12] PERSONNE_12 [ADRESSE_IP_1] ADRESSE_IP_1 [PERSONNE_1]", v).text
    ).toBe("[PERSONNE_12] PERSONNE_12 192.168.1.10 192.168.1.10 Jean Dupont");
    for (let i = 3; i <= 12; i++) v.placeholderFor("PERSONNE", `Personne Numéro${i}`);
    expect(restore("[PERSONNE_12] puis [PERSONNE_1]", v).text).toBe(
      "Personne Numéro12 puis Jean Dupont"
    );
  });

  it("leaves unknown placeholders as they are and reports each once, in order", () => {
    expect(restore("[PERSONNE_9], [TELEPHONE_2], [personne 9] et [PERSONNE_1]", vault())).toEqual({
      text: "[PERSONNE_9], [TELEPHONE_2], [personne 9] et Jean Dupont",
      unknown: ["[PERSONNE_9]", "[TELEPHONE_2]"],
      restored: 1,
    });
  });

  it("gives back a placeholder the user had written, as written", () => {
    expect(restored("Le texte citait [BALISE_1].")).toBe("Le texte citait [PERSONNE_1].");
  });

  it("restores each occurrence to the writing recorded for it, then to the original", () => {
    const sequence = [
      { placeholder: "[PERSONNE_1]", original: "M. DUPONT" },
      { placeholder: "[PERSONNE_2]", original: "Curie" },
      { placeholder: "[PERSONNE_1]", original: "Jean" },
    ];
    expect(
      restore("[PERSONNE_1], [PERSONNE_2], [PERSONNE_1], [PERSONNE_1], [PERSONNE_2]", vault(), {
        sequence,
      }).text
    ).toBe("M. DUPONT, Curie, Jean, Jean Dupont, Marie Curie");
  });
});

describe("restore, of an answer that echoes a pseudonymised text", () => {
  const source =
    "M. [PERSONNE_1] a écrit. Le 5 mars, M. [PERSONNE_1] a appelé. [PERSONNE_1] confirme.";
  const writings = [
    { placeholder: "[PERSONNE_1]", original: "Jean DUPONT" },
    { placeholder: "[PERSONNE_1]", original: "Dupont" },
    { placeholder: "[PERSONNE_1]", original: "Jean Dupont" },
  ];
  const echoed = (answer: string) =>
    restore(answer, vault(), { sequence: echoedWritings(source, writings) }).text;

  it("gives the text back exactly when the answer echoes it whole", () => {
    expect(echoed(source)).toBe(
      "M. Jean DUPONT a écrit. Le 5 mars, M. Dupont a appelé. Jean Dupont confirme."
    );
  });

  it("passes over the writing of a mention the answer dropped, by the words before the next", () => {
    expect(echoed("M. [PERSONNE_1] a écrit. Le 5 mars, il a appelé. [PERSONNE_1] confirme.")).toBe(
      "M. Jean DUPONT a écrit. Le 5 mars, il a appelé. Jean Dupont confirme."
    );
  });

  it("keeps to the order where the words before a mention tell nothing", () => {
    expect(echoed("Monsieur [PERSONNE_1] écrit, puis [PERSONNE_1] appelle.")).toBe(
      "Monsieur Jean DUPONT écrit, puis Dupont appelle."
    );
  });

  it("places mentions by the words before them when the answer comes in pieces too", () => {
    const restorer = new StreamRestorer(vault(), { sequence: echoedWritings(source, writings) });
    const answer = "M. [PERSONNE_1] a écrit. Le 5 mars, il a appelé. [PERSONNE_1] confirme.";
    let out = "";
    for (let i = 0; i < answer.length; i += 3) out += restorer.push(answer.slice(i, i + 3));
    expect(out + restorer.end()).toBe(
      "M. Jean DUPONT a écrit. Le 5 mars, il a appelé. Jean Dupont confirme."
    );
  });
});

describe("restore, in the raw text of a JSON string", () => {
  const inJson = (text: string) => restore(text, vault(), { jsonString: true }).text;

  it("escapes the original it writes back, so that the JSON stays valid", () => {
    const v = new Vault();
    v.placeholderFor("ADRESSE", '4 "Les Tilleuls"\n67000 Strasbourg');
    const text = restore('{"adresse": "[ADRESSE_1]"}', v, { jsonString: true }).text;
    expect(JSON.parse(text)).toEqual({ adresse: '4 "Les Tilleuls"\n67000 Strasbourg' });
  });

  it("restores a bare placeholder just after an escape, which ends the word before it", () => {
    // Decoded, "\nPERSONNE_1" is a line break then the placeholder: the `n` is no letter of a word.
    expect(inJson("Madame,\\nPERSONNE_1 et\\tPERSONNE_2")).toBe(
      "Madame,\\nJean Dupont et\\tMarie Curie"
    );
    expect(JSON.parse(`"${inJson("Bonjour\\nPERSONNE_1")}"`)).toBe("Bonjour\nJean Dupont");
  });

  it("leaves a bare placeholder glued to a letter that follows an escaped backslash", () => {
    // `\\nPERSONNE_1` decodes to a backslash, then `nPERSONNE_1`: one word.
    expect(inJson("C:\\\\nPERSONNE_1")).toBe("C:\\\\nPERSONNE_1");
    expect(inJson("voirPERSONNE_1")).toBe("voirPERSONNE_1");
  });

  it("judges an escape cut between two chunks as in the whole text", () => {
    const restorer = new StreamRestorer(vault(), { jsonString: true });
    const out = restorer.push("Madame,\\") + restorer.push("nPERSONNE_1") + restorer.end();
    expect(out).toBe("Madame,\\nJean Dupont");
  });

  it("restores a bare placeholder after a \\u escape, as after \\n", () => {
    expect(inJson("Mme\\u00a0PERSONNE_1")).toBe("Mme\\u00a0Jean Dupont");
  });

  it("gives streamed what it gives whole, whatever run of backslashes precedes the escape", () => {
    const B = "\\";
    for (let run = 0; run <= 9; run++) {
      const text = `{"a":"C:${B.repeat(run)}nPERSONNE_1 et ${B.repeat(run)}u00a0PERSONNE_2"}`;
      const whole = inJson(text);
      for (let cut = 1; cut < text.length; cut++) {
        const restorer = new StreamRestorer(vault(), { jsonString: true });
        const streamed = restorer.push(text.slice(0, cut)) + restorer.push(text.slice(cut));
        expect(streamed + restorer.end(), `${run} backslashes, cut at ${cut}`).toBe(whole);
      }
    }
  });

  it("reads a bare placeholder after an escape as ordinary text when the text is not JSON", () => {
    expect(restored("Madame,\\nPERSONNE_1")).toBe("Madame,\\nPERSONNE_1");
  });
});

describe("StreamRestorer", () => {
  it("returns text that cannot start a placeholder at once", () => {
    expect(stream(["Bonjour "])).toEqual(["Bonjour ", ""]);
    expect(stream(["Bonjour [PER", "SONNE_1", "]", " !"])).toEqual([
      "Bonjour ",
      "",
      "Jean Dupont",
      " !",
      "",
    ]);
  });

  it("releases a held bracket as soon as it cannot be a placeholder", () => {
    expect(stream(["Voir [", "v", "oir annexe]"])).toEqual(["Voir ", "[v", "oir annexe]", ""]);
    // An unclosed bracket is the text's own: the bare placeholder inside is still restored.
    expect(stream(["[PERSONNE_1 ", "est"])).toEqual(["", "[Jean Dupont est", ""]);
  });

  it("waits for the digit that may make PERSONNE_1 into PERSONNE_12", () => {
    expect(stream(["[PERSONNE_1", "2]"])).toEqual(["", "[PERSONNE_12]", ""]);
    expect(stream(["à PERSONNE_1", "2 et", " à PERSONNE_1", " !"])).toEqual([
      "à ",
      "PERSONNE_12 et",
      " à ",
      "Jean Dupont !",
      "",
    ]);
    expect(stream(["signé PERSONNE_1"])).toEqual(["signé ", "Jean Dupont"]);
    expect(stream(["PERSONNE_1_", "2A"])).toEqual(["", "PERSONNE_1_2A", ""]);
    // A separator after it may still begin a longer number: the next character decides.
    expect(stream(["à PERSONNE_1 ", "234", " et PERSONNE_1 ", "dit"])).toEqual([
      "à ",
      "PERSONNE_1 234",
      " et ",
      "Jean Dupont dit",
      "",
    ]);
    expect(stream(["_PERSONNE_1_", " !"])).toEqual(["_", "Jean Dupont_ !", ""]);
  });

  it("judges a placeholder's neighbours across chunks as in the whole text", () => {
    expect(stream(["AUTRE\\_", "PERSONNE_1 !"]).join("")).toBe("AUTRE\\_PERSONNE_1 !");
    expect(stream(["PERSONNE_1\uD835", "\uDC00 !"]).join("")).toBe("PERSONNE_1𝐀 !");
    expect(stream(["𝐀 ", "PERSONNE_1", "\uD835", "\uDC00"]).join("")).toBe("𝐀 PERSONNE_1𝐀");
  });

  it("restores a placeholder pushed one character at a time", () => {
    const text = "**\\[Date\\_Naissance\\_1\\]** et l’[ ADRESSE-IP-1 ].";
    const restorer = new StreamRestorer(vault());
    const out = [...text].map((ch) => restorer.push(ch)).join("") + restorer.end();
    expect(out).toBe("**3 mars 1980** et l’192.168.1.10.");
    expect(restorer.restored).toBe(2);
  });

  it("reports unknown placeholders as the stream goes", () => {
    const restorer = new StreamRestorer(vault());
    restorer.push("[PERSONNE_9] et [TELEP");
    expect(restorer.unknown).toEqual(["[PERSONNE_9]"]);
    restorer.push("HONE_1]");
    expect(restorer.unknown).toEqual(["[PERSONNE_9]", "[TELEPHONE_1]"]);
  });

  it("never holds more than a placeholder can be long", () => {
    expect(MAX_MENTION_LENGTH).toBeLessThanOrEqual(48);
    const longest = "\\[  DATE\\_NAISSANCE\\_\\_\\_123456  \\]";
    expect(longest).toHaveLength(MAX_MENTION_LENGTH);
    const restorer = new StreamRestorer(new Vault());
    let out = "";
    for (const ch of longest.slice(0, -1)) out += restorer.push(ch);
    expect(out).toBe("");
    expect(restorer.push("]") + restorer.end()).toBe(longest);
    expect(restorer.unknown).toEqual(["[DATE_NAISSANCE_123456]"]);
  });
});
