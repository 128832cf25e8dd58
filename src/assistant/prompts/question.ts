import type { ActionSpec } from "../actions.ts";
import { fenced, paragraphs, type Markers } from "./source-block.ts";

export type QuestionSpec = Extract<ActionSpec, { action: "question" }>;

/** How to answer from `subject` only ("texte", "document"): a whole text, or the extracts of its parts. */
export function answerRules(subject: string): string {
  return `- Si le ${subject} ne permet pas de répondre, dis-le clairement (« Le ${subject} ne le précise pas. ») sans rien supposer ni compléter par tes connaissances ; s'il ne répond qu'en partie, dis ce qu'il précise et ce qu'il laisse de côté.
- Sois concis ; quand c'est utile, cite entre guillemets le passage sur lequel tu t'appuies.`;
}

export function questionMessage(spec: QuestionSpec, source: string, markers: Markers): string {
  return paragraphs(
    "Réponds à la question de l'agent en t'appuyant uniquement sur le texte suivant.",
    answerRules("texte"),
    `Question de l'agent : ${spec.question}`,
    fenced(source, markers),
    `Rappel de la question : ${spec.question}`
  );
}
