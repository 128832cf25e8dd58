/*
 * A long French case file for the long-document path: a bundle of judgments ("PIÈCE N° k"), each with
 * EN FAIT, EN DROIT and PAR CES MOTIFS, numbered sections and numbered paragraphs, the parties' names,
 * addresses, phones, e-mails, NIR, IBAN and case numbers spread through it. Every person, number and case
 * is fictional; the NIR and IBAN carry valid keys and the phones lie in ARCEP's ranges kept for fiction,
 * so the engine masks them as it would real ones. Generated, not stored: the same text on every run.
 */

export interface CaseFile {
  /** As the browser host's paste form takes it: a paragraph a line, "#", "##", "###" for headings. */
  text: string;
  /** Every personal value written in the text: none may reach the model. */
  canaries: string[];
}

interface Person {
  civility: "M." | "Mme";
  first: string;
  last: string;
  born: string;
  birthplace: string;
  job: string;
  street: string;
  city: string;
  phone: string;
  email: string;
  nir: string;
  iban: string;
}

const nirKey = (first13: string) => String(97 - Number(BigInt(first13) % 97n)).padStart(2, "0");

/** `2 79 04 38 185 023 47`: sex, year, month, department, commune, order, key. */
function nir(sex: 1 | 2, year: number, month: number, place: string, order: number): string {
  const digits = `${sex}${String(year).padStart(2, "0")}${String(month).padStart(2, "0")}${place}${String(order).padStart(3, "0")}`;
  const key = nirKey(digits);
  return `${digits[0]} ${digits.slice(1, 3)} ${digits.slice(3, 5)} ${digits.slice(5, 7)} ${digits.slice(7, 10)} ${digits.slice(10, 13)} ${key}`;
}

/** A French IBAN, `FR76 3000 4012 …`, with a valid RIB key and IBAN check digits. */
function iban(bank: string, branch: string, account: string): string {
  const rib = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
  const bban = `${bank}${branch}${account}${String(rib).padStart(2, "0")}`;
  // "FR00" moved to the end, F = 15 and R = 27.
  const check = 98 - Number(BigInt(`${bban}152700`) % 97n);
  const whole = `FR${String(check).padStart(2, "0")}${bban}`;
  return whole.match(/.{1,4}/g)!.join(" ");
}

function person(
  civility: Person["civility"],
  first: string,
  last: string,
  birth: {
    day: number;
    month: number;
    year: number;
    place: string;
    department: string;
    commune: string;
  },
  rest: { job: string; street: string; city: string; phone: string; account: string }
): Person {
  const months = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ];
  const mail = `${first}.${last}`
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z.]/g, "")
    .toLowerCase();
  return {
    civility,
    first,
    last,
    born: `${birth.day} ${months[birth.month - 1]} ${1900 + birth.year}`,
    birthplace: birth.place,
    job: rest.job,
    street: rest.street,
    city: rest.city,
    phone: rest.phone,
    email: `${mail}@courriel.example.org`,
    nir: nir(
      civility === "M." ? 1 : 2,
      birth.year,
      birth.month,
      `${birth.department}${birth.commune}`,
      17 + birth.day * 7
    ),
    iban: iban("30004", "01234", rest.account),
  };
}

const PEOPLE: readonly Person[] = [
  person(
    "Mme",
    "Élodie",
    "FONTAINE",
    { day: 3, month: 4, year: 79, place: "Grenoble", department: "38", commune: "185" },
    {
      job: "aide-soignante",
      street: "14 rue des Tanneurs",
      city: "38000 Grenoble",
      phone: "04 65 71 20 41",
      account: "00012345671",
    }
  ),
  person(
    "M.",
    "Karim",
    "BENSALAH",
    { day: 21, month: 11, year: 68, place: "Villeurbanne", department: "69", commune: "266" },
    {
      job: "chauffeur routier",
      street: "3 impasse des Glycines",
      city: "69100 Villeurbanne",
      phone: "06 39 98 12 77",
      account: "00098765432",
    }
  ),
  person(
    "Mme",
    "Jeanne",
    "ROCHEFORT",
    { day: 9, month: 7, year: 55, place: "Valence", department: "26", commune: "362" },
    {
      job: "institutrice retraitée",
      street: "27 avenue Victor Hugo",
      city: "26000 Valence",
      phone: "04 65 71 33 08",
      account: "00055511122",
    }
  ),
  person(
    "M.",
    "Thierry",
    "GAUDIN",
    { day: 30, month: 1, year: 72, place: "Bourg-en-Bresse", department: "01", commune: "053" },
    {
      job: "artisan couvreur",
      street: "8 chemin du Moulin",
      city: "01000 Bourg-en-Bresse",
      phone: "06 39 98 40 15",
      account: "00033344455",
    }
  ),
  person(
    "Mme",
    "Nadia",
    "OUARDI",
    { day: 12, month: 9, year: 88, place: "Saint-Étienne", department: "42", commune: "218" },
    {
      job: "comptable",
      street: "52 boulevard Karl Marx",
      city: "42100 Saint-Étienne",
      phone: "04 65 71 58 92",
      account: "00077788899",
    }
  ),
  person(
    "M.",
    "Lucien",
    "MOREAU",
    { day: 5, month: 3, year: 49, place: "Annecy", department: "74", commune: "010" },
    {
      job: "agriculteur retraité",
      street: "2 route de Seynod",
      city: "74000 Annecy",
      phone: "06 39 98 71 03",
      account: "00011122233",
    }
  ),
  person(
    "Mme",
    "Martine",
    "CHEVALLIER",
    { day: 18, month: 6, year: 63, place: "Chambéry", department: "73", commune: "065" },
    {
      job: "pharmacienne",
      street: "19 place Saint-Léger",
      city: "73000 Chambéry",
      phone: "04 65 71 64 27",
      account: "00044455566",
    }
  ),
  person(
    "M.",
    "Bruno",
    "DELACROIX",
    { day: 27, month: 12, year: 81, place: "Roanne", department: "42", commune: "187" },
    {
      job: "menuisier",
      street: "41 rue Mulsant",
      city: "42300 Roanne",
      phone: "06 39 98 26 54",
      account: "00066677788",
    }
  ),
  person(
    "Mme",
    "Fatou",
    "DIALLO",
    { day: 7, month: 10, year: 92, place: "Vénissieux", department: "69", commune: "259" },
    {
      job: "étudiante infirmière",
      street: "6 allée des Érables",
      city: "69200 Vénissieux",
      phone: "04 65 71 81 36",
      account: "00022233344",
    }
  ),
  person(
    "M.",
    "Gérard",
    "ARNOUX",
    { day: 14, month: 2, year: 58, place: "Vienne", department: "38", commune: "544" },
    {
      job: "ancien gérant de société",
      street: "11 quai Jean Jaurès",
      city: "38200 Vienne",
      phone: "06 39 98 93 60",
      account: "00088899900",
    }
  ),
];

const LAWYERS = [
  "Me Claire VASSEUR",
  "Me Olivier BRUNEL",
  "Me Sandrine PAQUET",
  "Me Henri LACOMBE",
];

const CITIES = ["Lyon", "Grenoble", "Chambéry", "Saint-Étienne"];
const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** A small deterministic generator (mulberry32), so that the text is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Scene {
  /** The claimant and the other party. */
  a: Person;
  b: Person;
  lawyer: string;
  city: string;
  rg: string;
  date: () => string;
  amount: () => string;
}

const named = (p: Person) => `${p.civility} ${p.first} ${p.last}`;
const short = (p: Person) => `${p.civility} ${p.last}`;
const female = (p: Person) => p.civility === "Mme";
const claimant = (p: Person) => (female(p) ? "la requérante" : "le requérant");
const respondent = (p: Person) => (female(p) ? "L'intimée" : "L'intimé");
const e = (p: Person) => (female(p) ? "e" : "");

type Template = (s: Scene) => string;

const FACTS: readonly Template[] = [
  (s) =>
    `${named(s.a)}, né${e(s.a)} le ${s.a.born} à ${s.a.birthplace}, ${s.a.job}, demeure ${s.a.street}, ${s.a.city}. ${female(s.a) ? "Elle" : "Il"} est joignable au ${s.a.phone} et à l'adresse ${s.a.email}.`,
  (s) =>
    `Le ${s.date()}, ${short(s.a)} a conclu avec ${named(s.b)} un contrat portant sur la rénovation d'une maison d'habitation, pour un prix global et forfaitaire de ${s.amount()}, payable en trois échéances dont la dernière à la réception des travaux.`,
  (s) =>
    `Les travaux ont débuté le ${s.date()}. Dès les premières semaines, ${short(s.a)} a signalé par courriel des retards répétés et l'absence de plusieurs ouvriers sur le chantier, sans obtenir de réponse écrite.`,
  (s) =>
    `Par lettre recommandée avec demande d'avis de réception du ${s.date()}, ${short(s.a)} a mis en demeure ${short(s.b)} d'achever les travaux dans un délai d'un mois, en rappelant que les sommes versées s'élevaient déjà à ${s.amount()}.`,
  (s) =>
    `Le ${s.date()}, un expert désigné par l'assureur de protection juridique a constaté des infiltrations en toiture, un défaut d'étanchéité des menuiseries et des fissures sur le mur pignon, qu'il a imputés à une exécution non conforme aux règles de l'art.`,
  (s) =>
    `${named(s.b)}, demeurant ${s.b.street}, ${s.b.city}, a contesté ces constatations en faisant valoir que le maître d'ouvrage avait lui-même modifié les plans en cours de chantier et refusé l'accès à certaines pièces.`,
  (s) =>
    `Les versements de ${short(s.a)} ont été effectués par virement depuis le compte ${s.a.iban}, ainsi qu'il ressort des relevés bancaires produits aux débats pour la période du ${s.date()} au ${s.date()}.`,
  (s) =>
    `Le ${s.date()}, ${short(s.a)} a saisi le tribunal judiciaire de ${s.city} d'une demande de résolution du contrat et de restitution des sommes versées, outre des dommages et intérêts de ${s.amount()} au titre de son préjudice de jouissance.`,
  (s) =>
    `Par jugement du ${s.date()}, le tribunal a partiellement fait droit à ces demandes, condamnant ${short(s.b)} à payer ${s.amount()} et rejetant le surplus des prétentions, faute de preuve d'un préjudice distinct.`,
  (s) =>
    `${short(s.b)} a interjeté appel de ce jugement le ${s.date()}. L'affaire a été enregistrée sous le N° RG ${s.rg} et fixée à l'audience du ${s.date()}, après une ordonnance de clôture rendue le ${s.date()}.`,
  (s) =>
    `Il ressort de l'attestation de la caisse primaire d'assurance maladie, qui mentionne le numéro de sécurité sociale ${s.a.nir}, que ${short(s.a)} a été placé${e(s.a)} en arrêt de travail du ${s.date()} au ${s.date()}, ce qu'${female(s.a) ? "elle" : "il"} rattache aux conditions de vie dans le logement.`,
  (s) =>
    `Au cours de la procédure, ${short(s.a)} a produit dix-sept pièces, dont des photographies datées, des échanges de courriels, deux devis de reprise établis par d'autres entreprises et un procès-verbal de constat dressé par commissaire de justice le ${s.date()}.`,
  (s) =>
    `Entendu${e(s.b)} à l'audience, ${short(s.b)}, joignable au ${s.b.phone}, a reconnu que le chantier avait pris du retard mais soutenu que ce retard résultait des intempéries et d'une pénurie de matériaux indépendante de sa volonté.`,
  (s) =>
    `Une tentative de médiation, proposée par le conseiller de la mise en état le ${s.date()}, n'a pas abouti, les parties n'étant pas parvenues à s'accorder sur le montant des travaux de reprise.`,
];

const LAW: readonly Template[] = [
  (s) =>
    `Aux termes de l'article 1217 du code civil, la partie envers laquelle l'engagement n'a pas été exécuté, ou l'a été imparfaitement, peut notamment provoquer la résolution du contrat et demander réparation des conséquences de l'inexécution. ${s.lawyer}, pour ${claimant(s.a)}, s'en prévaut expressément.`,
  (s) =>
    `Il résulte de l'article 1231-1 du même code que le débiteur est condamné, s'il y a lieu, au paiement de dommages et intérêts à raison de l'inexécution de l'obligation, s'il ne justifie pas que l'exécution a été empêchée par la force majeure. Or ${short(s.b)} ne justifie d'aucun événement présentant ce caractère.`,
  (s) =>
    `Les intempéries invoquées, dont les relevés de Météo-France versés aux débats montrent qu'elles n'ont excédé ni en durée ni en intensité celles habituellement observées à ${s.city} à cette saison, ne présentaient pas un caractère imprévisible.`,
  (s) =>
    `Le rapport d'expertise du ${s.date()}, établi au contradictoire des parties, relève des désordres qui rendent l'ouvrage impropre à sa destination. Ses conclusions, précises et circonstanciées, ne sont utilement contredites par aucune pièce.`,
  (s) =>
    `S'agissant de la restitution du prix, la cour rappelle que la résolution emporte l'anéantissement du contrat et oblige chaque partie à restituer ce qu'elle a reçu. ${short(s.b)} devra donc rembourser les sommes perçues, soit ${s.amount()}, sous déduction de la valeur des prestations utilement fournies.`,
  (s) =>
    `Le préjudice de jouissance allégué par ${claimant(s.a)} est établi par les photographies produites et par l'attestation de son médecin traitant. Il sera réparé par l'allocation d'une somme de ${s.amount()}.`,
  () =>
    `En revanche, la demande au titre du préjudice moral n'est étayée par aucune pièce distincte de celles qui fondent le préjudice de jouissance ; elle sera rejetée, le jugement étant confirmé sur ce point.`,
  (s) =>
    `${respondent(s.b)} soutient enfin que la demande serait irrecevable faute de tentative préalable de résolution amiable. Mais la lettre du ${s.date()}, adressée à ${s.b.street}, ${s.b.city}, et l'échec de la médiation suffisent à satisfaire aux exigences de l'article 750-1 du code de procédure civile.`,
  (s) =>
    `La cour observe que ${short(s.a)} a versé la totalité de ses paiements depuis le même compte bancaire, ce dont atteste le relevé d'identité bancaire joint au contrat, qui porte l'IBAN ${s.a.iban}, et qu'aucun paiement en espèces n'est allégué.`,
  (s) =>
    `Il serait inéquitable de laisser à la charge ${female(s.a) ? "de la requérante" : "du requérant"} les frais exposés par ${female(s.a) ? "elle" : "lui"} et non compris dans les dépens ; une somme de ${s.amount()} lui sera allouée sur le fondement de l'article 700 du code de procédure civile.`,
  (s) =>
    `Pour les mêmes motifs, il n'y a pas lieu d'ordonner une nouvelle expertise, que ${short(s.b)} sollicite à titre subsidiaire sans préciser en quoi les opérations déjà menées auraient été incomplètes ou partiales.`,
  (s) =>
    `Comme l'a jugé la Cour de cassation (3e Civ., ${s.date()}, pourvoi n° 21-14.${String(100 + s.rg.length * 7).slice(0, 3)}), le juge apprécie souverainement la gravité de l'inexécution qui justifie la résolution, au jour où il statue.`,
];

const RULING: readonly Template[] = [
  (s) =>
    `Infirme le jugement du tribunal judiciaire de ${s.city} en ce qu'il a rejeté la demande de résolution du contrat conclu entre ${named(s.a)} et ${named(s.b)} ;`,
  (s) =>
    `Statuant à nouveau, prononce la résolution du contrat aux torts de ${short(s.b)} et ${female(s.b) ? "la" : "le"} condamne à payer à ${short(s.a)} la somme de ${s.amount()} au titre des restitutions, avec intérêts au taux légal à compter du ${s.date()} ;`,
  (s) =>
    `Condamne ${short(s.b)} aux dépens de première instance et d'appel, dont distraction au profit de ${s.lawyer}, avocat au barreau de ${s.city} ;`,
];

const FACT_SECTIONS = [
  "Les circonstances de l'espèce",
  "La procédure devant le tribunal",
  "La procédure d'appel",
];
const LAW_SECTIONS = [
  "Sur la recevabilité de l'appel",
  "Sur la résolution du contrat",
  "Sur les restitutions",
  "Sur les préjudices",
  "Sur les frais de procédure",
];
/** Paragraphs in each numbered section: a judgment of about 35 000 characters. */
const PARAGRAPHS_PER_SECTION = 11;

/** A case file of at least `minChars` characters. */
export function buildCaseFile(minChars: number): CaseFile {
  const next = random(20250204);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const lines: string[] = ["# COUR D'APPEL DE LYON — Recueil de décisions de la 8e chambre civile"];
  const canaries = new Set<string>();
  let length = lines[0]!.length;
  const push = (line: string) => {
    lines.push(line);
    length += line.length + 1;
  };

  for (let piece = 1; length < minChars; piece++) {
    const a = PEOPLE[(piece - 1) % PEOPLE.length]!;
    const b = PEOPLE[(piece * 3 + 1) % PEOPLE.length]!;
    const scene: Scene = {
      a,
      b: b === a ? PEOPLE[piece % PEOPLE.length]! : b,
      lawyer: pick(LAWYERS),
      city: pick(CITIES),
      rg: `${18 + (piece % 6)}/0${String(1000 + piece * 37).slice(-4)}`,
      date: () => `${1 + Math.floor(next() * 28)} ${pick(MONTHS)} ${2018 + Math.floor(next() * 7)}`,
      amount: () => `${(1000 + Math.floor(next() * 48_000)).toLocaleString("fr-FR")} euros`,
    };
    let paragraph = 0;
    const section = (number: number, title: string, templates: readonly Template[]) => {
      push(`### ${number}. ${title}`);
      for (let k = 0; k < PARAGRAPHS_PER_SECTION; k++)
        push(`${++paragraph}. ${templates[(piece + k * 5) % templates.length]!(scene)}`);
    };
    push(`# PIÈCE N° ${piece} — Arrêt du ${scene.date()}`);
    push(
      `Affaire ${named(scene.a)} contre ${named(scene.b)}, N° RG ${scene.rg}, plaidée à l'audience publique de la 8e chambre.`
    );
    push("## EN FAIT");
    FACT_SECTIONS.forEach((title, i) => section(i + 1, title, FACTS));
    push("## EN DROIT");
    LAW_SECTIONS.forEach((title, i) => section(i + 1, title, LAW));
    push("## PAR CES MOTIFS");
    push("La cour, statuant publiquement, par arrêt contradictoire, en dernier ressort,");
    for (const ruling of RULING) push(ruling(scene));

    for (const p of [scene.a, scene.b]) {
      for (const value of [
        p.last,
        `${p.first} ${p.last}`,
        p.street,
        p.phone,
        p.email,
        p.nir,
        p.iban,
      ])
        canaries.add(value);
    }
    canaries.add(scene.rg);
    canaries.add(scene.lawyer.split(" ").at(-1)!);
  }
  const text = lines.join("\n");
  return { text, canaries: [...canaries].filter((value) => text.includes(value)) };
}
