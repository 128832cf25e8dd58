import type { ActionSpec, TranslationTarget } from "../actions.ts";
import { fenced, paragraphs, type Markers } from "./source-block.ts";

type TranslateSpec = Extract<ActionSpec, { action: "translate" }>;

const LANGUAGES: Record<TranslationTarget, string> = {
  en: "anglais",
  de: "allemand",
  es: "espagnol",
  it: "italien",
  pt: "portugais",
  ar: "arabe standard moderne",
  fr: "français",
};

export function translateMessage(spec: TranslateSpec, source: string, markers: Markers): string {
  const language = LANGUAGES[spec.target];
  return paragraphs(
    `Traduis le texte suivant en ${language}, fidèlement, dans un registre équivalent, en gardant sa mise en forme.`,
    `- Les marqueurs entre crochets ne se traduisent pas : recopie-les tels quels, en français.
- Traduis la civilité placée devant un marqueur et accorde la phrase avec elle (en anglais, « Mme [PERSONNE_2] » devient « Ms [PERSONNE_2] »).
- Un nom d'institution, de texte ou de procédure française sans équivalent reste en français, suivi si besoin d'une brève explication entre parenthèses.`,
    fenced(source, markers),
    `Rappel : réponds uniquement par la traduction en ${language}.`
  );
}
