import { z } from "zod";
import { typeName } from "./describe.ts";
import type { JsonSyntaxProblem } from "./json-source.ts";

/** What the configuration loader says to an admin at start-up: French first, English twin. */
export type Lang = "fr" | "en";
export type Bilingual = Record<Lang, string>;

export function syntaxReason(problem: JsonSyntaxProblem, detail: string | undefined): Bilingual {
  const d = detail ?? "";
  switch (problem) {
    case "unexpected-end":
      return {
        fr: "fin de fichier inattendue (accolade ou crochet non fermé ?)",
        en: "unexpected end of file (an unclosed brace or bracket?)",
      };
    case "unexpected-value":
      return {
        fr: `valeur inattendue « ${d} » (les textes s'écrivent entre guillemets doubles ; true, false et null en minuscules)`,
        en: `unexpected value "${d}" (text goes between double quotes; true, false and null in lower case)`,
      };
    case "expected-key":
      return {
        fr: "nom de clé attendu, entre guillemets doubles",
        en: "expected a key name, between double quotes",
      };
    case "expected-colon":
      return { fr: "« : » attendu après le nom de la clé", en: '":" expected after the key name' };
    case "expected-comma-or-close":
      return {
        fr: `« , » ou « ${d} » attendu (virgule oubliée ?)`,
        en: `"," or "${d}" expected (a missing comma?)`,
      };
    case "trailing-comma":
      return { fr: `virgule en trop avant « ${d} »`, en: `extra comma before "${d}"` };
    case "duplicate-key":
      return { fr: `clé « ${d} » en double`, en: `duplicate key "${d}"` };
    case "unterminated-string":
      return {
        fr: "texte non fermé : guillemet double manquant",
        en: "unterminated text: missing double quote",
      };
    case "control-character":
      return {
        fr: "retour à la ligne ou tabulation dans un texte : fermez le guillemet, ou écrivez \\n ou \\t",
        en: "line break or tab inside a text: close the quote, or write \\n or \\t",
      };
    case "bad-escape":
      return {
        fr: "séquence d'échappement invalide (« \\ » s'écrit « \\\\ »)",
        en: 'invalid escape sequence ("\\" is written "\\\\")',
      };
    case "bad-number":
      return { fr: "nombre invalide", en: "invalid number" };
    case "comment":
      return {
        fr: "les commentaires ne sont pas permis en JSON",
        en: "comments are not allowed in JSON",
      };
    case "trailing-content":
      return { fr: "contenu après la fin du JSON", en: "content after the end of the JSON" };
    case "too-deep":
      return { fr: "imbrication trop profonde", en: "nesting too deep" };
  }
}

const SECRET_LIKE = /key|secret|token|password|passwd|credential/i;

export function unknownKeyReason(key: string, suggestion: string | undefined): Bilingual {
  if (SECRET_LIKE.test(key)) {
    return {
      fr: `clé inconnue « ${key} » : aucun secret ne va dans ce fichier (la clé Mistral se donne dans la variable d'environnement MISTRAL_API_KEY, le jeton de développement dans PLUME_DEV_TOKEN)`,
      en: `unknown key "${key}": no secret goes in this file (the Mistral key is given in the MISTRAL_API_KEY environment variable, the dev token in PLUME_DEV_TOKEN)`,
    };
  }
  if (suggestion !== undefined) {
    return {
      fr: `clé inconnue « ${key} » (vouliez-vous dire « ${suggestion} » ?)`,
      en: `unknown key "${key}" (did you mean "${suggestion}"?)`,
    };
  }
  return { fr: `clé inconnue « ${key} »`, en: `unknown key "${key}"` };
}

export function fileReason(code: string | undefined): Bilingual {
  switch (code) {
    case "ENOENT":
      return { fr: "fichier introuvable", en: "file not found" };
    case "EACCES":
    case "EPERM":
      return { fr: "lecture refusée (droits du fichier)", en: "read permission denied" };
    case "EISDIR":
      return { fr: "c'est un dossier, pas un fichier", en: "this is a directory, not a file" };
    default:
      return {
        fr: `lecture impossible (${code ?? "erreur inconnue"})`,
        en: `cannot be read (${code ?? "unknown error"})`,
      };
  }
}

export const tlsPairReason: Bilingual = {
  fr: "PLUME_TLS_CERT et PLUME_TLS_KEY vont ensemble : donnez les deux, ou aucun pour du HTTP simple derrière un proxy TLS",
  en: "PLUME_TLS_CERT and PLUME_TLS_KEY go together: give both, or neither for plain HTTP behind a TLS proxy",
};

export const header: Bilingual = {
  fr: "Configuration de Plume invalide, la passerelle ne démarre pas :",
  en: "Invalid Plume configuration, the gateway does not start:",
};

/** Where a problem is, written the way each language punctuates it. */
export function where(
  lang: Lang,
  at: { file?: string; line?: number; column?: number; env?: string }
): string {
  if (at.env !== undefined)
    return lang === "fr" ? `variable d'environnement ${at.env}` : `environment variable ${at.env}`;
  const parts = [at.file ?? ""];
  if (at.line !== undefined) parts.push(lang === "fr" ? `ligne ${at.line}` : `line ${at.line}`);
  if (at.column !== undefined)
    parts.push(lang === "fr" ? `colonne ${at.column}` : `column ${at.column}`);
  return parts.join(", ");
}

/** `a : b : c` in French typography, `a: b: c` in English. */
export function joinParts(lang: Lang, parts: string[]): string {
  return parts.filter((part) => part !== "").join(lang === "fr" ? " : " : ": ");
}

export const invalidJson: Bilingual = { fr: "JSON invalide", en: "invalid JSON" };

/** Zod's messages in the admin's language, with the schema's own bilingual rule messages. */
export function configErrorMap(lang: Lang): z.core.$ZodErrorMap {
  const locale = (lang === "fr" ? z.locales.fr : z.locales.en)().localeError;
  return (issue) => {
    const own = (issue.params as Partial<Bilingual> | undefined)?.[lang];
    if (issue.code === "custom" && own !== undefined) return own;
    if (
      (issue.code === "invalid_union" || issue.code === "invalid_type") &&
      issue.inst instanceof z.ZodType
    ) {
      const expected = typeName(issue.inst);
      if (issue.input === undefined) {
        return lang === "fr"
          ? `réglage obligatoire absent (type attendu : ${expected})`
          : `required setting missing (expected type: ${expected})`;
      }
      if (issue.code === "invalid_union")
        return lang === "fr" ? `type attendu : ${expected}` : `expected type: ${expected}`;
    }
    return locale(issue);
  };
}
