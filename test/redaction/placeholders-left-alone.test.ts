import { describe, expect, it } from "vitest";
import { ENTITY_TYPES } from "../../src/redaction/entity-types.ts";
import { defaultRecognizers } from "../../src/redaction/recognizers/index.ts";

/**
 * Sentences whose words announce a value (an account, a label, a greeting, a table's header), with
 * a placeholder where the value would be: what the task pane sends, and the gateway scans again.
 */
const CONTEXTS = [
  (p: string) => `virement sur le compte ${p} que vous avez indiqué`,
  (p: string) => `identifiant Snapchat ${p} ; pseudo : ${p} ; compte Instagram @${p}`,
  (p: string) => `N° client : ${p} ; Référence de l'avis : ${p} ; Matricule : ${p}`,
  (p: string) => `bonjour ${p},\nmerci.\nbises,\n${p}`,
  (p: string) => `Nom;Prénom;Date de naissance;NIR\n${p};${p};${p};${p}`,
  (p: string) => `plaque belge ${p} ; passeport n° ${p} ; IBAN : ${p} ; RIB : ${p} ; IMEI ${p}`,
  (p: string) => `écrire à ${p} [at] gmail.com ; tél. +32 ${p} ; né le ${p}`,
];

const PLACEHOLDERS = ENTITY_TYPES.flatMap((type) => [
  `[${type}_1]`,
  `\\[${type.replace(/_/g, "\\_")}\\_12\\]`,
]);

describe("placeholders already in a text", () => {
  it("are read by no recognizer as a value, whatever the words around them", () => {
    const reported: string[] = [];
    for (const recognizer of defaultRecognizers()) {
      // The literal's recognizer is the one that marks them, as placeholders.
      if (recognizer.name === "placeholder-literal") continue;
      for (const context of CONTEXTS)
        for (const placeholder of PLACEHOLDERS) {
          const text = context(placeholder);
          for (const entity of recognizer.analyze(text)) {
            const value = text.slice(entity.start, entity.end);
            if (
              /[[\]_]/.test(value) &&
              PLACEHOLDERS.some((p) => p.includes(value) || value.includes(p))
            )
              reported.push(`${recognizer.name}: ${value} in ${JSON.stringify(text)}`);
          }
        }
    }
    expect(reported).toEqual([]);
  });
});
