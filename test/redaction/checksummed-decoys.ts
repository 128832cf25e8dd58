/**
 * French administrative prose full of numbers that are not identifiers, shared by the tests of the
 * checksummed-identifier recognizers: none of them may report anything here.
 */
export const ADMIN_PROSE_DECOYS = [
  "La somme de 1 234 567,89 € est mise à la charge de l'État au titre de l'article L. 761-1.",
  "Vu l'article L. 123-4 du code de commerce et l'article R. 4127-1 du code de la santé publique.",
  "Vu le décret n° 2019-1234 du 12 mars 2019 et la loi n° 78-17 du 6 janvier 1978.",
  "Audience du 12/03/2019 à 14 h 30, jugement du 2019-04-02, délibéré le 2 avril 2019.",
  "Joindre le greffe au 01 23 45 67 89, au +33 1 23 45 67 89 ou au 0123456789.",
  "Requête n° 1901234 enregistrée le 12 mars 2019, dossier RG 19/01234, JORF n° 0060.",
  "Un préjudice de 12 345 678 901,23 € et une dette de 123 456 789 012 345 € sur 30 ans.",
].join("\n");
