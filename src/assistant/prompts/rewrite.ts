import type { ActionSpec, RewriteStyle } from "../actions.ts";
import { fenced, paragraphs, type Markers } from "./source-block.ts";

type RewriteSpec = Extract<ActionSpec, { action: "rewrite" }>;

const STYLES: Record<RewriteStyle, string> = {
  // The principles of the French administration's plain-language guidance (« langage clair »).
  plain: `Réécris le texte en langage clair, comme le recommande l'administration française pour être compris de tous du premier coup :
- des phrases courtes, une idée par phrase, une vingtaine de mots au plus ;
- des mots courants plutôt que le jargon administratif ; un terme technique indispensable est expliqué ;
- les sigles écrits en entier la première fois ;
- la voix active et des verbes plutôt que des noms (« nous avons décidé » plutôt que « la décision a été prise ») ;
- s'adresser directement au lecteur par « vous » ;
- l'information principale d'abord, puis ce que le lecteur doit faire, avec les dates et les délais ;
- une liste pour plusieurs étapes ou plusieurs pièces ; pas de double négation.
Garde toutes les informations : faits, dates, montants, délais, références, droits et obligations.`,
  formal:
    "Réécris le texte dans un registre administratif soutenu : vocabulaire précis et neutre, phrases complètes et correctes, aucune familiarité, formules usuelles de la correspondance administrative quand le texte s'y prête. Garde le sens, toutes les informations et l'ordre des idées.",
  shorter:
    "Raccourcis le texte d'un tiers à la moitié : supprime les redites, les formules creuses et les détails accessoires, mais garde toutes les informations essentielles (faits, décisions, demandes, dates, montants, délais, références). Garde le registre du texte.",
};

export function rewriteMessage(spec: RewriteSpec, source: string, markers: Markers): string {
  return paragraphs(
    STYLES[spec.style],
    "Garde la langue du texte et sa mise en forme (paragraphes, listes).",
    fenced(source, markers),
    "Rappel : réponds uniquement par le texte réécrit, en recopiant les marqueurs entre crochets à l'identique."
  );
}
