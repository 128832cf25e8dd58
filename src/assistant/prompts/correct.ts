import { fenced, paragraphs, type Markers } from "./source-block.ts";

export function correctMessage(source: string, markers: Markers): string {
  return paragraphs(
    "Corrige le texte suivant : orthographe, grammaire, conjugaison, accords, ponctuation et typographie française.",
    `Typographie française attendue :
- une espace insécable (U+00A0) avant « : », « ; », « ! » et « ? » ;
- les guillemets français « et », avec une espace insécable après « et avant », à la place des guillemets droits (") ;
- les majuscules accentuées (État, À, Étant donné).`,
    "Ne change rien d'autre : ni les mots justes, ni le style, ni l'ordre des phrases, ni la mise en forme, ni les retours à la ligne. Un passage correct est recopié tel quel. Les marqueurs entre crochets sont justes par définition : ne les touche pas.",
    fenced(source, markers),
    "Rappel : réponds uniquement par le texte corrigé, en entier, sans liste des corrections ni explication."
  );
}
