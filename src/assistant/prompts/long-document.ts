import type { ChatMessage } from "../chat-client.ts";
import { chatMessages } from "./messages.ts";
import { answerRules, type QuestionSpec } from "./question.ts";
import { fenced, paragraphs } from "./source-block.ts";
import { summaryShape, type SummariseSpec } from "./summarise.ts";

/** The actions that read a document too long for one request part by part. */
export type LongDocumentSpec = SummariseSpec | QuestionSpec;

export interface PartLabel {
  /** From 1. */
  number: number;
  total: number;
  title?: string;
}

/** What a request learnt of some parts, still pseudonymised, with the parts it covers. */
export interface Note {
  label: string;
  text: string;
}

const INTRO = "Le document est trop long pour être lu en une fois : il a été découpé en parties.";
const KEEP =
  "les faits et leur chronologie, les personnes (par leurs marqueurs) et leur rôle, les demandes, arguments, décisions, dates, montants et références";

interface Tasks {
  part: (words: number) => string;
  merge: (words: number) => string;
  final: string;
  reminder: string;
}

function tasks(spec: LongDocumentSpec): Tasks {
  if (spec.action === "question") {
    const question = `Question de l'agent : ${spec.question}`;
    return {
      part: (words) =>
        paragraphs(
          `Relève dans cette partie seule, en ${words} mots au plus, ce qui aide à répondre à la question de l'agent : cite ou résume fidèlement les passages utiles, avec leur contexte (qui, quand, à quel propos). Si cette partie ne contient rien d'utile, réponds seulement « Rien dans cette partie. »`,
          question
        ),
      merge: (words) =>
        paragraphs(
          `Voici, dans l'ordre, ce qui a été relevé dans des parties successives pour répondre à la question de l'agent. Réunis-le en une seule note de ${words} mots au plus, dans l'ordre du document : garde tout ce qui aide à répondre, avec son contexte ; supprime les redites ; n'ajoute rien.`,
          question
        ),
      final: paragraphs(
        "Voici, dans l'ordre, ce qui a été relevé dans les parties lues du document pour répondre à la question de l'agent. Réponds à la question à partir de ces relevés seulement.",
        answerRules("document"),
        "Ne mentionne pas le découpage en parties : la liste des parties lues est ajoutée à part.",
        question
      ),
      reminder: `Rappel de la question : ${spec.question}`,
    };
  }
  return {
    part: (words) =>
      paragraphs(
        `Rédige des notes de synthèse de cette partie seule, en ${words} mots au plus, qui serviront à résumer le document entier : ${KEEP}.`,
        spec.source === "thread" &&
          "Pour chaque message de cette partie, indique dans l'ordre qui écrit, quand si la date figure, et ce qu'il dit ou demande.",
        "Sois fidèle et complet ; n'ajoute rien et ne conclus pas sur le document entier. Si la partie commence ou s'arrête au milieu d'un développement, rends compte de ce qu'elle contient sans deviner le reste."
      ),
    merge: (words) =>
      `Voici, dans l'ordre, les notes de synthèse de parties successives. Fusionne-les en une seule note de synthèse de ${words} mots au plus, dans l'ordre du document : garde ${KEEP} ; supprime les redites ; n'ajoute rien.`,
    final: paragraphs(
      "Voici, dans l'ordre, les notes de synthèse des parties lues du document. Rédige à partir d'elles le résumé du document entier.",
      summaryShape(spec),
      "N'utilise que ce que disent les notes et ne mentionne pas le découpage en parties : la liste des parties lues est ajoutée à part."
    ),
    reminder:
      "Rappel : réponds uniquement par le texte demandé, en recopiant les marqueurs entre crochets à l'identique.",
  };
}

/** The request for one part: notes of at most `words` words. */
export function partMessages(
  spec: LongDocumentSpec,
  text: string,
  part: PartLabel,
  words: number
): ChatMessage[] {
  const { part: task, reminder } = tasks(spec);
  const which = `Voici la partie ${part.number} sur ${part.total}${part.title ? ` (« ${part.title} »)` : ""}.`;
  return chatMessages(text, (markers) =>
    paragraphs(INTRO, which, task(words), fenced(text, markers), reminder)
  );
}

/**
 * The request that merges notes: into one note of at most `words` words, or, when `words` is
 * undefined, into the final answer in the form the user asked for.
 */
export function mergeMessages(
  spec: LongDocumentSpec,
  notes: readonly Note[],
  words?: number
): ChatMessage[] {
  const { merge, final, reminder } = tasks(spec);
  const text = notes.map((note) => `${note.label} :\n${note.text}`).join("\n\n");
  return chatMessages(text, (markers) =>
    paragraphs(INTRO, words === undefined ? final : merge(words), fenced(text, markers), reminder)
  );
}

export function partNoteLabel(part: PartLabel): string {
  return `Partie ${part.number}${part.title ? ` (« ${part.title} »)` : ""}`;
}

export function mergedNoteLabel(first: number, last: number): string {
  return first === last ? `Partie ${first}` : `Parties ${first} à ${last}`;
}
