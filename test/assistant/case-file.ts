/**
 * A long French case file for the tests: a bundle of judgments (headings in capitals, numbered
 * sections, `EN FAIT` / `EN DROIT` / `PAR CES MOTIFS`) naming persons, addresses, phones, e-mails
 * and bank details, in clear. Deterministic.
 */

const PERSONS = [
  ["M.", "Jean DUPONT", "Dupont"],
  ["Mme", "Marie-Claire LEFEBVRE", "Lefebvre"],
  ["M.", "Karim BENALI", "Benali"],
  ["Mme", "Sophie MARCHAND", "Marchand"],
  ["M.", "Étienne ROUSSEL", "Roussel"],
  ["Mme", "Fatima OUARDI", "Ouardi"],
] as const;

const ADDRESSES = [
  "12 rue de la République, 69002 Lyon",
  "4 bis avenue Jean Jaurès, 31000 Toulouse",
  "27 boulevard Voltaire, 75011 Paris",
];

const PHONES = ["06 12 34 56 78", "04 78 90 12 34"];
const EMAILS = ["jean.dupont@example.fr", "s.marchand@exemple.org"];

function judgment(n: number): string {
  const [title1, full1, last1] = PERSONS[n % PERSONS.length]!;
  const [title2, full2, last2] = PERSONS[(n + 1) % PERSONS.length]!;
  const address = ADDRESSES[n % ADDRESSES.length]!;
  const phone = PHONES[n % PHONES.length]!;
  const email = EMAILS[n % EMAILS.length]!;
  const rg = `${String(10 + (n % 13)).padStart(2, "0")}/${String(1000 + n).padStart(5, "0")}`;
  return `PIÈCE N° ${n + 1} : JUGEMENT DU TRIBUNAL JUDICIAIRE
Audience publique du 14 mars 2023, RG ${rg}.

EN FAIT

I. LES CIRCONSTANCES DE L'ESPÈCE

Le requérant, ${title1} ${full1}, demeurant ${address}, a conclu le 4 janvier 2019 un contrat de bail portant sur un local commercial. Le loyer mensuel était fixé à 1 250 euros, payable d'avance le premier de chaque mois. À compter du mois de septembre 2021, les loyers sont restés impayés malgré plusieurs relances adressées par lettre recommandée.

Par courrier du 12 octobre 2021, ${title2} ${full2} a mis en demeure ${title1} ${last1} de régler l'arriéré dans un délai de quinze jours. Elle indique l'avoir joint à plusieurs reprises au ${phone} et par courriel à l'adresse ${email}, sans obtenir de réponse. Le requérant soutient pour sa part n'avoir jamais reçu ces relances.

Le 3 février 2022, un commandement de payer visant la clause résolutoire a été délivré par commissaire de justice. Les sommes dues s'élevaient alors à 6 250 euros, frais compris. Aucun règlement n'est intervenu dans le délai de deux mois.

II. LA PROCÉDURE

Par acte du 21 avril 2022, ${title2} ${last2} a fait assigner ${title1} ${last1} devant le tribunal aux fins de voir constater la résiliation du bail, ordonner l'expulsion et le condamner au paiement de l'arriéré locatif. L'affaire a été renvoyée à deux reprises à la demande des parties.

À l'audience, le défendeur a sollicité des délais de paiement en faisant valoir la baisse de son activité. Il a produit ses relevés bancaires des six derniers mois, qui font apparaître des encaissements irréguliers.

EN DROIT

A. Sur la recevabilité

La demande a été introduite dans les formes et délais prévus par le code de procédure civile. Le défendeur ne conteste pas la régularité de l'assignation. Elle est donc recevable.

B. Sur le fond

Il résulte des pièces produites que le commandement de payer est demeuré sans effet pendant plus de deux mois. La clause résolutoire est donc acquise. Le tribunal relève toutefois que le défendeur a repris des versements partiels depuis janvier 2023, pour un montant total de 2 100 euros.

Compte tenu de ces versements et de la situation du défendeur, il y a lieu de lui accorder des délais de paiement de douze mois, pendant lesquels les effets de la clause résolutoire seront suspendus. À défaut de paiement d'une seule échéance, la clause reprendra son plein effet.

PAR CES MOTIFS

Le tribunal, statuant publiquement, constate l'acquisition de la clause résolutoire, accorde à ${title1} ${full1} des délais de paiement de douze mois et condamne ${title1} ${last1} aux dépens.

`;
}

/** At least `minLength` characters of judgments, whole ones. */
export function caseFile(minLength: number): string {
  let text = "";
  for (let n = 0; text.length < minLength; n++) text += judgment(n);
  return text;
}
