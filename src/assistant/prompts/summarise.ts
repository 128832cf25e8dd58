import type { ActionSpec, SummaryFormat } from "../actions.ts";
import { fenced, paragraphs, type Markers } from "./source-block.ts";

export type SummariseSpec = Extract<ActionSpec, { action: "summarise" }>;

const FORMATS: Record<SummaryFormat, string> = {
  short: "un résumé court : un seul paragraphe de trois à cinq phrases qui dit l'essentiel",
  bullets:
    "un résumé en liste : de cinq à dix points, un par ligne, chacun commençant par « - », dans l'ordre du texte",
  detailed:
    "un résumé détaillé et structuré : quelques parties courtes, chacune sous un intitulé sur sa propre ligne, qui reprennent les faits et leur chronologie, la position de chacun, les dates, montants et références utiles, les décisions prises et les suites à donner",
};

const SOURCES: Record<SummariseSpec["source"], string> = {
  text: "",
  message:
    "Le texte est un courriel : indique qui écrit (par son marqueur s'il en a un), ce qui est demandé ou annoncé, et les échéances éventuelles.",
  thread:
    "Le texte est un fil de courriels : restitue les échanges dans l'ordre chronologique, du plus ancien au plus récent même si le fil commence par le dernier, en indiquant pour chaque message qui écrit et ce qu'il dit ou demande ; termine par l'état de la question et ce qui reste à faire. Ne reprends pas deux fois un message cité dans un autre.",
};

/** What the summary must look like, for a whole text or for the notes of its parts. */
export function summaryShape(spec: SummariseSpec): string {
  return paragraphs(
    `Forme attendue : ${FORMATS[spec.format]}.`,
    SOURCES[spec.source],
    "Reste fidèle au texte : n'ajoute aucun fait, aucune appréciation, aucune recommandation qu'il ne contient pas."
  );
}

export function summariseMessage(spec: SummariseSpec, source: string, markers: Markers): string {
  return paragraphs(
    "Résume le texte suivant.",
    summaryShape(spec),
    fenced(source, markers),
    "Rappel : réponds uniquement par le résumé, en recopiant les marqueurs entre crochets à l'identique."
  );
}
