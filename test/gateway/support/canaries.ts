/** A canary corpus: personal data in several writings, that must never reach the model. */
export const CANARIES = {
  names: ["Jean-Baptiste DURAND-LEFORT", "Mme Ophélie Karamanlis", "Maître Bernard de La Fontaine"],
  nir: "2 84 05 2A 123 456 32",
  iban: "FR76 3000 6000 0112 3456 7890 189",
  phone: "06 72 81 93 04",
  email: "o.karamanlis@exemple.fr",
  address: "14 bis rue des Tanneurs, 67000 STRASBOURG",
  case: "RG 22/01234",
};

export const CANARY_TEXT = `Objet : dossier ${CANARIES.case}
Madame, Monsieur,
${CANARIES.names[1]} (NIR ${CANARIES.nir}), demeurant ${CANARIES.address}, joignable au ${CANARIES.phone} ou à ${CANARIES.email},
a été reçue par ${CANARIES.names[0]} ; son avocat, ${CANARIES.names[2]}, demande le remboursement sur l'IBAN ${CANARIES.iban}.`;

/** Parts of the canaries none of which may be found in what Mistral receives. */
export const CANARY_VALUES = [
  "DURAND-LEFORT",
  "Karamanlis",
  "Ophélie",
  "La Fontaine",
  "123 456 32",
  "0112 3456 7890",
  "72 81 93 04",
  "o.karamanlis",
  "rue des Tanneurs",
  "22/01234",
];
