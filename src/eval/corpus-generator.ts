/**
 * A generated corpus of French administrative documents with gold annotations: letters, court
 * decisions, police reports, e-mail threads, HR files and complaints. Every annotation is recorded
 * while the text is built, never searched for afterwards, and every identifier carries a valid
 * checksum. Decoys (article numbers, amounts, hearing dates, institutions...) are recorded too.
 */
import {
  ADDRESS_COMPLEMENTS,
  AGENT_DOMAINS,
  ARTICLES,
  BANKS,
  CAR_MODELS,
  COMMUNES,
  COMPANY_NAMES,
  EMAIL_DOMAINS,
  EPONYMS,
  FEMALE_FIRST_NAMES,
  FOREIGN_BIRTHPLACES,
  JOBS,
  LEGAL_FORMS,
  MALE_FIRST_NAMES,
  MONTHS,
  SOFTWARE_VERSIONS,
  STREET_NAMES,
  STREET_TYPES,
  SURNAMES,
  TEXTS_OF_LAW,
  WEEKDAYS,
  type Commune,
} from "./generator-data.ts";
import { DECOY_PREFIX, type GoldDocument, type GoldEntity, type GoldLabel } from "./gold.ts";
import * as ids from "./identifiers.ts";
import { Random } from "./random.ts";

export interface GenerateOptions {
  seed: number;
  documents: number;
}

export const DOCUMENT_KINDS = [
  "courrier",
  "jugement",
  "proces-verbal",
  "courriel",
  "dossier-rh",
  "plainte",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What decoys stand for; a decoy's label is `DECOY_<kind>`. */
export const DECOY_KINDS = [
  "ARTICLE",
  "AMOUNT",
  "DATE",
  "LAW",
  "PAGE",
  "TIME",
  "PERCENT",
  "INSTITUTION",
  "COMMUNE",
  "CAPITALISED",
  "TITLE",
  "EPONYM",
  "REFERENCE",
  "VERSION",
  "BIC",
] as const;
export type DecoyKind = (typeof DECOY_KINDS)[number];

/** `generateCorpus({ seed, documents })`: the same seed gives the same corpus, document by document. */
export function generateCorpus(options: GenerateOptions): GoldDocument[] {
  const corpus: GoldDocument[] = [];
  for (let i = 0; i < options.documents; i++) {
    const random = Random.forItem(options.seed, i);
    const kind = DOCUMENT_KINDS[i % DOCUMENT_KINDS.length]!;
    const writer = new DocumentWriter(random);
    TEMPLATES[kind](writer);
    corpus.push(writer.build(`gen-${options.seed}-${String(i).padStart(4, "0")}-${kind}`));
  }
  return corpus;
}

interface Day {
  day: number;
  month: number;
  year: number;
}

interface Person {
  sex: "M" | "F";
  first: string;
  /** Further given names, listed in police reports. */
  others: string[];
  last: string;
  birth: Day;
  birthplace: { name: string; insee: string; department: string };
  /** A full mention has been written, so the surname alone may follow. */
  introduced: boolean;
  /** The local part and domain of the person's own e-mail address. */
  mailbox: string;
  domain: string;
}

interface Address {
  complement?: string;
  street: string;
  postcode: string;
  city: string;
}

interface Company {
  name: string;
  siren: string;
  city: Commune;
}

type PersonForm =
  | "first last"
  | "first LAST"
  | "LAST first"
  | "initial"
  | "title initial"
  | "title last"
  | "title first last"
  | "last";

const pad2 = (n: number) => String(n).padStart(2, "0");
const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z-]/g, "");
const NBSP = "\u00a0";

/** `de` before a name, contracted the French way: `de Lyon`, `d'Angers`, `du Mans`. */
function of(name: string): [string, string] {
  if (name.startsWith("Le ")) return ["du ", name.slice(3)];
  return /^[AEIOUÉÈÎÔY]/u.test(name) ? ["d'", name] : ["de ", name];
}

/** `à` before a place name: `à Lyon`, `au Mans`. */
function at(name: string): [string, string] {
  return name.startsWith("Le ") ? ["au ", name.slice(3)] : ["à ", name];
}

const ofPlace = (name: string) => of(name).join("");

/** Builds one document: the text piece by piece, recording gold and decoy offsets as it goes. */
class DocumentWriter {
  #text = "";
  readonly #entities: GoldEntity[] = [];
  readonly #decoys: GoldEntity[] = [];
  /** The year the document was written in. */
  readonly year: number;
  /** Where the writing institution sits. */
  readonly city: Commune;

  constructor(readonly random: Random) {
    this.year = random.int(2019, 2025);
    this.city = random.pick(COMMUNES);
  }

  build(id: string): GoldDocument {
    return { id, text: this.#text, entities: this.#entities, decoys: this.#decoys };
  }

  /** Plain text, not annotated. */
  add(...parts: string[]): this {
    this.#text += parts.join("");
    return this;
  }

  gold(label: GoldLabel, value: string): this {
    return this.#record(this.#entities, label, value);
  }

  decoy(kind: DecoyKind, value: string): this {
    return this.#record(this.#decoys, DECOY_PREFIX + kind, value);
  }

  #record(into: GoldEntity[], label: string, value: string): this {
    const start = this.#text.length;
    this.#text += value;
    into.push({ start, end: this.#text.length, label, text: value });
    return this;
  }

  /** A label's colon the way Word writes it in French (no-break space) or the way people type it. */
  colon(): this {
    return this.add(this.random.pick([" : ", " : ", `${NBSP}: `, ": "]));
  }

  field(name: string): this {
    return this.add(name).colon();
  }

  // People

  newPerson(sex: "M" | "F" = this.random.chance(0.5) ? "M" : "F"): Person {
    const r = this.random;
    const names = sex === "M" ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES;
    const abroad = r.chance(0.15) ? r.pick(FOREIGN_BIRTHPLACES) : undefined;
    const commune = r.pick(COMMUNES);
    const first = r.pick(names);
    const last = r.pick(SURNAMES);
    const [f, l] = [slug(first), slug(last)];
    return {
      sex,
      first,
      others: r.chance(0.5) ? [r.pick(names)] : [],
      last,
      birth: {
        day: r.chance(0.08) ? 1 : r.int(2, 28),
        month: r.int(1, 12),
        year: r.int(1940, 2004),
      },
      birthplace: abroad
        ? { name: `${abroad.city} (${abroad.country})`, insee: abroad.insee, department: "99" }
        : {
            name: `${commune.name} (${commune.department})`,
            insee: commune.insee,
            department: commune.department,
          },
      introduced: false,
      mailbox: r.pick([`${f}.${l}`, `${f[0]}.${l}`, `${l}.${f}${r.int(1, 99)}`, `${f}${l}`]),
      domain: r.pick(EMAIL_DOMAINS),
    };
  }

  civilTitle(p: Person): string {
    return p.sex === "M"
      ? this.random.pick(["M.", "M.", "Monsieur"])
      : this.random.pick(["Mme", "Mme", "Madame"]);
  }

  /** A mention of a person; the title, when there is one, stays outside the gold span. */
  person(p: Person, forms?: readonly PersonForm[]): this {
    const r = this.random;
    const defaults: PersonForm[] = [
      "first last",
      "first LAST",
      "LAST first",
      "initial",
      "title initial",
      "title last",
      "title first last",
    ];
    if (p.introduced) defaults.push("last", "last", "title last");
    const picked = r.pick(forms ?? defaults);
    const initial = p.first
      .split("-")
      .map((part) => part[0] + ".")
      .join("-");
    // An initial `M.` reads as Monsieur, and a scorer would take it for a title: written in full.
    const form = picked.endsWith("initial") && initial === "M." ? "title first last" : picked;
    const last = r.chance(0.4) ? p.last.toUpperCase() : p.last;
    if (form.startsWith("title ")) this.add(this.civilTitle(p), " ");
    p.introduced ||= form !== "last" && !form.endsWith("initial");
    switch (form) {
      case "first last":
        return this.gold("PERSONNE", `${p.first} ${p.last}`);
      case "first LAST":
        return this.gold("PERSONNE", `${p.first} ${p.last.toUpperCase()}`);
      case "LAST first":
        return this.gold("PERSONNE", `${p.last.toUpperCase()} ${p.first}`);
      case "initial":
      case "title initial":
        return this.gold("PERSONNE", `${initial} ${last}`);
      case "title last":
      case "last":
        return this.gold("PERSONNE", last);
      case "title first last":
        return this.gold("PERSONNE", `${p.first} ${last}`);
    }
  }

  /** A lawyer: `Maître Bernard de La Fontaine`, `Me DUPONT`. */
  lawyer(p: Person): this {
    this.add(this.random.pick(["Maître", "Me", "Me"]), " ");
    return this.person(p, ["first last", "first LAST", "last"]);
  }

  // Addresses

  newAddress(commune: Commune = this.random.pick(COMMUNES)): Address {
    const r = this.random;
    const number = String(r.int(1, 180)) + (r.chance(0.12) ? r.pick([" bis", " ter", "B"]) : "");
    const postcode = commune.districts
      ? commune.postcode + pad2(r.int(1, commune.districts))
      : commune.postcode;
    return {
      ...(r.chance(0.2) && { complement: r.pick(ADDRESS_COMPLEMENTS) }),
      street: `${number}${r.chance(0.2) ? "," : ""} ${r.pick(STREET_TYPES)} ${r.pick(STREET_NAMES)}`,
      postcode,
      city: commune.name,
    };
  }

  /** A postal address, on one line or as the lines of an envelope; one gold span either way. */
  address(a: Address, layout: "inline" | "block" = "inline"): this {
    const lines =
      layout === "block"
        ? [a.complement, a.street, `${a.postcode} ${a.city.toUpperCase()}`]
        : [a.complement, a.street, `${a.postcode} ${a.city}`];
    return this.gold(
      "ADRESSE",
      lines.filter((line) => line !== undefined).join(layout === "block" ? "\n" : ", ")
    );
  }

  // Dates, in gold (birth) and decoy (everything else) forms

  longDate(d: Day): string {
    return `${d.day === 1 ? "1er" : d.day} ${MONTHS[d.month - 1]} ${d.year}`;
  }

  numericDate(d: Day): string {
    return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
  }

  someDay(year = this.year): Day {
    return { day: this.random.int(1, 28), month: this.random.int(1, 12), year };
  }

  /**
   * `né le 3 mars 1980`, `née le 1er janvier 1975`, `né(e) le 03/03/1980`, `née en mars 1980`:
   * only the date is gold.
   */
  bornOn(p: Person): this {
    const r = this.random;
    const born = p.sex === "M" ? "né" : "née";
    if (r.chance(0.15))
      return this.add(`${born} en `).gold(
        "DATE_NAISSANCE",
        `${MONTHS[p.birth.month - 1]} ${p.birth.year}`
      );
    this.add(r.pick([`${born} le `, `${born} le `, "né(e) le "]));
    return this.gold(
      "DATE_NAISSANCE",
      r.chance(0.6) ? this.longDate(p.birth) : this.numericDate(p.birth)
    );
  }

  birthDateField(p: Person): this {
    this.field(this.random.pick(["Date de naissance", "Né(e) le", "Date de naissance"]));
    return this.gold(
      "DATE_NAISSANCE",
      this.random.chance(0.8) ? this.numericDate(p.birth) : this.longDate(p.birth)
    );
  }

  date(day: Day = this.someDay()): this {
    return this.decoy("DATE", this.random.chance(0.6) ? this.longDate(day) : this.numericDate(day));
  }

  time(): this {
    const h = this.random.int(7, 22);
    const m = this.random.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]);
    return this.decoy(
      "TIME",
      this.random.pick([`${h} h ${pad2(m)}`, `${h}h${pad2(m)}`, `${pad2(h)}:${pad2(m)}`])
    );
  }

  amount(max = 20000): this {
    const r = this.random;
    const value = r.int(15, max);
    const sep = r.pick([" ", NBSP, "\u202f", "."]);
    const units = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    const cents = r.chance(0.5) ? `,${r.digits(2)}` : "";
    return this.decoy("AMOUNT", `${units}${cents} ${r.pick(["€", "€", "euros", "EUR"])}`);
  }

  percent(): this {
    const r = this.random;
    return this.decoy("PERCENT", `${r.int(1, 60)}${r.chance(0.4) ? "," + r.int(1, 9) : ""} %`);
  }

  article(): this {
    return this.decoy("ARTICLE", this.random.pick(ARTICLES));
  }

  /** A decree or a law, with its article: `la loi n° 78-17 du 6 janvier 1978`. */
  law(): this {
    const text = this.random.pick(TEXTS_OF_LAW);
    const article = /^(loi|ordonnance)/.test(text)
      ? "la "
      : text.startsWith("arrêté")
        ? "l'"
        : "le ";
    return this.add(article).decoy("LAW", text);
  }

  page(total = this.random.int(1, 6)): this {
    const n = this.random.int(1, total);
    return this.decoy(
      "PAGE",
      this.random.pick([`Page ${n}/${total}`, `Page ${n} sur ${total}`, `- ${n} -`])
    );
  }

  /** A place name standing alone (`Fait à Lyon`): not an address. The preposition stays outside. */
  commune(c: Commune = this.city, preposition?: typeof of): this {
    const [before, name] = preposition ? preposition(c.name) : ["", c.name];
    return this.add(before).decoy("COMMUNE", name);
  }

  /** An internal reference of the writing office: not a case number. */
  reference(): this {
    const r = this.random;
    const office = r.pick(["DRH", "BRE", "SJC", "PCE", "DCL", "SIP"]);
    return this.decoy("REFERENCE", `${office}/${this.year}/${r.digits(4)}`);
  }

  /** A capitalised common word starting a sentence. */
  opening(word: string): this {
    return this.decoy("CAPITALISED", word);
  }

  // Identifiers

  phone(): this {
    return this.gold("TELEPHONE", ids.formatPhone(ids.phoneNumber(this.random), this.random));
  }

  foreignPhone(): this {
    return this.gold("TELEPHONE", ids.foreignPhone(this.random));
  }

  email(p: Person, domain = p.domain): this {
    return this.gold("COURRIEL", `${p.mailbox}@${domain}`);
  }

  /** An address written so that harvesters miss it, or spelled out as a procès-verbal notes it. */
  disguisedEmail(p: Person, domain = p.domain): this {
    const spelled = (part: string) => part.replace(/\./g, " point ");
    return this.gold(
      "COURRIEL",
      this.random.pick([
        `${p.mailbox} [at] ${domain}`,
        `${p.mailbox}(at)${domain.replace(/\./g, "(dot)")}`,
        `${p.mailbox} @ ${domain}`,
        `${spelled(p.mailbox)} arobase ${spelled(domain)}`,
      ])
    );
  }

  nir(p: Person): this {
    const order = this.random.int(1, 999);
    const value = ids.nir(
      p.sex === "M" ? 1 : 2,
      p.birth.year,
      p.birth.month,
      p.birthplace.insee,
      order
    );
    const written = this.random.pick([
      ids.group(value, [1, 2, 2, 2, 3, 3, 2]),
      value,
      ids.group(value, [13, 2]),
    ]);
    return this.gold("NIR", written);
  }

  bankAccount(): { bank: string; iban: string; rib: string; bic: string } {
    const bank = this.random.pick(BANKS);
    const account = ids.frenchAccount(this.random, bank.code);
    const compact = ids.frenchIban(account);
    return {
      bank: bank.name,
      iban: this.random.pick([
        ids.group(compact, [4, 4, 4, 4, 4, 4]),
        ids.group(compact, [4, 4, 4, 4, 4, 4]),
        compact,
        // As users paste it: the country apart, or in the RIB's groups.
        ids.group(compact, [2, 2, 4, 4, 4, 4, 4, 3]),
        ids.group(compact, [4, 5, 5, 11, 2]),
      ]),
      rib: [account.bank, account.branch, account.account, account.key].join(" "),
      bic: bank.bic,
    };
  }

  foreignIban(): this {
    const compact = ids.foreignIban(this.random);
    return this.gold(
      "IBAN",
      this.random.chance(0.7) ? ids.group(compact, [4, 4, 4, 4, 4, 4, 4]) : compact
    );
  }

  newCompany(): Company {
    const r = this.random;
    return {
      name: `${r.pick(LEGAL_FORMS)} ${r.pick(COMPANY_NAMES)}`,
      siren: ids.siren(r),
      city: r.pick(COMMUNES),
    };
  }

  siren(c: Company): this {
    return this.gold("SIREN", this.random.chance(0.7) ? ids.group(c.siren, [3, 3, 3]) : c.siren);
  }

  siret(c: Company): this {
    const value = ids.siret(this.random, c.siren);
    return this.gold(
      "SIRET",
      this.random.pick([ids.group(value, [3, 3, 3, 5]), value, ids.group(value, [3, 3, 3, 3, 2])])
    );
  }

  tva(c: Company): this {
    const value = ids.tva(c.siren);
    return this.gold(
      "TVA",
      this.random.pick([value, ids.group(value, [2, 2, 9]), ids.group(value, [4, 3, 3, 3])])
    );
  }

  numeroFiscal(): this {
    const value = ids.numeroFiscal(this.random);
    return this.gold(
      "NUMERO_FISCAL",
      this.random.chance(0.5) ? value : ids.group(value, [2, 2, 3, 3, 3])
    );
  }

  card(): this {
    const value = ids.bankCard(this.random);
    return this.gold(
      "CARTE_BANCAIRE",
      this.random.pick([ids.group(value, [4, 4, 4, 4]), value, ids.group(value, [4, 4, 4, 4], "-")])
    );
  }

  plate(): this {
    return this.gold("PLAQUE", ids.plate(this.random, this.random.pick(COMMUNES).department));
  }

  passport(): this {
    this.add(this.random.pick(["passeport n° ", "passeport numéro ", "passeport n° "]));
    return this.gold("PASSEPORT", ids.passport(this.random));
  }

  identityDocument(p: Person): this {
    if (this.random.chance(0.6)) return this.passport();
    if (this.random.chance(0.35)) return this.drivingLicence(p);
    const issued = { year: this.random.int(2005, this.year), month: this.random.int(1, 12) };
    this.add(this.random.pick(["carte nationale d'identité n° ", "CNI n° "]));
    return this.gold("PASSEPORT", ids.identityCard(this.random, issued, p.birthplace.department));
  }

  drivingLicence(p: Person): this {
    const issued = { year: this.random.int(1990, this.year), month: this.random.int(1, 12) };
    this.add(this.random.pick(["permis de conduire n° ", "permis n° ", "NEPH "]));
    return this.gold("PASSEPORT", ids.drivingLicence(this.random, issued, p.birthplace.insee));
  }

  ip(): this {
    return this.gold(
      "ADRESSE_IP",
      this.random.chance(0.7) ? ids.ipv4(this.random) : ids.ipv6(this.random)
    );
  }

  rg(year = this.year): this {
    const r = this.random;
    this.add(r.pick(["N° RG ", "N° RG : ", "RG n° ", "n° R.G. ", "RG : ", "N° RG "]));
    return this.gold("DOSSIER", (r.chance(0.1) ? "F " : "") + ids.rgNumber(r, year));
  }

  portalis(): this {
    return this.add(this.random.pick(["N° Portalis ", "N° Portalis : ", "Portalis "])).gold(
      "DOSSIER",
      ids.portalisNumber(this.random)
    );
  }

  parquet(): this {
    this.add(
      this.random.pick(["N° de parquet : ", "N° parquet ", "Parquet n° ", "n° de parquet "])
    );
    return this.gold("DOSSIER", ids.parquetNumber(this.random, this.year));
  }

  institution(name: string): this {
    return this.decoy("INSTITUTION", name);
  }

  /** An address made up by a fraudster or a throwaway account: `support-xkqzt@colis-suivi.net`. */
  throwawayEmail(prefix: string, domains: readonly string[]): this {
    const local =
      prefix + this.random.chars(5, "abcdefghijklmnopqrstuvwxyz") + this.random.int(10, 99);
    return this.gold("COURRIEL", `${local}@${this.random.pick(domains)}`);
  }
}

// Document templates

/**
 * The user's access to their online space, as a letter gives it: a login and a temporary password
 * after their labels, the login written again in prose.
 */
function caseworkerAccess(w: DocumentWriter, citizen: Person): void {
  const r = w.random;
  const first = slug(citizen.first);
  const last = slug(citizen.last);
  const login = r.pick([
    `${first[0]}${last}`,
    `${first}.${last}`,
    `${last}${first[0]}${r.digits(2)}`,
  ]);
  const password =
    r.pick(["Soleil", "Azur", "Plume", "Hiver", "Marine", "Tilleul"]) +
    r.digits(r.int(2, 4)) +
    r.pick(["!", "#", "?", "*", ""]);
  w.add("\nVos accès à l'espace Mon Compte :\n");
  w.field(r.pick(["Identifiant", "Identifiant de connexion", "Login"]))
    .gold("IDENTIFIANT", login)
    .add("\n");
  w.field(r.pick(["Mot de passe provisoire", "Mot de passe", "MDP"]))
    .gold("IDENTIFIANT", password)
    .add("\n");
  if (r.chance(0.5))
    w.add("À la première connexion, votre identifiant ")
      .gold("IDENTIFIANT", login)
      .add(" reste le même : seul le mot de passe change.\n");
}

function letter(w: DocumentWriter): void {
  const r = w.random;
  const service = r.pick(["prefecture", "dgfip", "cpam", "antai", "caf"] as const);
  const agent = w.newPerson();
  const citizen = w.newPerson();
  const home = w.newAddress();
  const headers: Record<typeof service, [string, string]> = {
    prefecture: [
      `Préfecture ${w.city.ofDepartment}`,
      "Direction des migrations et de l'intégration\nBureau du séjour",
    ],
    dgfip: [
      `Direction départementale des finances publiques ${w.city.ofDepartment}`,
      `Service des impôts des particuliers ${ofPlace(w.city.name)}`,
    ],
    cpam: [
      `Caisse primaire d'assurance maladie ${w.city.ofDepartment}`,
      "Service des prestations en espèces",
    ],
    antai: [
      "Agence nationale de traitement automatisé des infractions",
      "Centre national de traitement de Rennes",
    ],
    caf: [`Caisse d'allocations familiales ${w.city.ofDepartment}`, "Pôle prestations"],
  };
  const [institution, office] = headers[service];
  w.institution(institution).add("\n", office, "\n\n");
  w.field("Affaire suivie par")
    .person(agent, ["first last", "first LAST", "title first last", "title initial"])
    .add("\n");
  w.field(r.pick(["Tél.", "Téléphone", "Ligne directe"]))
    .phone()
    .add("\n");
  if (r.chance(0.6)) w.field("Courriel").email(agent, r.pick(AGENT_DOMAINS)).add("\n");
  w.field("N/Réf.").reference().add("\n");
  if (service === "dgfip") {
    w.add("V/Réf. : numéro fiscal ").numeroFiscal().add("\n");
    // The tax notice's reference: year, department, a letter, then digits, as the notice groups them.
    if (r.chance(0.5))
      w.field(r.pick(["Référence de l'avis", "Référence de l’avis d’impôt"]))
        .gold(
          "IDENTIFIANT",
          `${r.digits(2)} ${r.digits(2)} ${r.pick(["A", "B", "C"])}${r.digits(6)} ${r.digits(2)}`
        )
        .add("\n");
  }
  if (service === "cpam") w.field("N° de sécurité sociale").nir(citizen).add("\n");
  w.add("\n", w.civilTitle(citizen), " ")
    .person(citizen, ["first LAST", "first last"])
    .add("\n")
    .address(home, "block")
    .add("\n\n");
  if (r.chance(0.3)) w.commune();
  else w.add(r.pick(["Fait ", ""])).commune(w.city, at);
  w.add(", le ").date().add("\n\n");

  switch (service) {
    case "prefecture": {
      w.field("Objet").add("demande de renouvellement de titre de séjour\n\n");
      w.add(citizen.sex === "M" ? "Monsieur,\n\n" : "Madame,\n\n");
      w.add("Par courrier reçu le ")
        .date()
        .add(", vous avez sollicité le renouvellement de votre titre de séjour. ");
      w.add("Votre dossier, enregistré au nom de ")
        .person(citizen, ["title first last", "LAST first"])
        .add(", ")
        .bornOn(citizen);
      w.add(` à ${citizen.birthplace.name}, titulaire du `)
        .passport()
        .add(" (numéro étranger ")
        .gold("IDENTIFIANT", String(r.int(1, 9)) + r.digits(9))
        .add("), est désormais complet.\n");
      w.opening("Conformément")
        .add(" à l'")
        .article()
        .add(" et vu ")
        .law()
        .add(", votre demande sera instruite dans un délai de quatre mois. ");
      w.add("Un récépissé vous sera remis lors de votre rendez-vous du ")
        .date()
        .add(" à ")
        .time()
        .add(".\n");
      break;
    }
    case "dgfip": {
      const company = w.newCompany();
      w.field("Objet").add("dégrèvement de taxe d'habitation\n\n");
      w.add(citizen.sex === "M" ? "Monsieur,\n\n" : "Madame,\n\n");
      w.add("Après examen de votre réclamation du ")
        .date()
        .add(", un dégrèvement de ")
        .amount(3000)
        .add(" a été prononcé. ");
      const account = w.bankAccount();
      w.add("Cette somme sera virée sur le compte ")
        .gold("IBAN", account.iban)
        .add(" (BIC ")
        .decoy("BIC", account.bic)
        .add(") sous quinze jours.\n");
      if (r.chance(0.6)) {
        w.add("Les revenus déclarés au titre de votre activité d'auto-entrepreneur (SIREN ").siren(
          company
        );
        w.add(") sont soumis à un taux de ").percent().add(".\n");
      }
      w.opening("Toutefois")
        .add(", l'")
        .article()
        .add(" permet à l'administration de revenir sur cette décision.\n");
      break;
    }
    case "cpam": {
      w.field("Objet").add("versement de vos indemnités journalières\n\n");
      w.add(citizen.sex === "M" ? "Monsieur,\n\n" : "Madame,\n\n");
      w.add("Votre arrêt de travail du ")
        .date()
        .add(", prescrit par le ", r.pick(["Dr ", "Docteur "]))
        .person(w.newPerson(), ["first last", "last", "first LAST"]);
      if (r.chance(0.5))
        w.add(" (RPPS ")
          .gold("IDENTIFIANT", `10${r.digits(9)}`)
          .add(")");
      w.add(", a bien été enregistré. Le montant journalier de vos indemnités s'élève à ")
        .amount(120)
        .add(". ");
      const account = w.bankAccount();
      if (r.chance(0.5))
        w.add("Elles seront versées sur le compte IBAN ").gold("IBAN", account.iban).add(".\n");
      else
        w.add(
          "Elles seront versées sur le compte dont vous nous avez transmis le relevé d'identité bancaire (RIB "
        )
          .gold("RIB", account.rib)
          .add(").\n");
      if (r.chance(0.5))
        w.add("Le complément sera versé par votre mutuelle (numéro d'adhérent ")
          .gold("IDENTIFIANT", r.digits(r.int(7, 10)))
          .add(") sans démarche de votre part.\n");
      w.add("Pour toute question, vous pouvez nous joindre au ")
        .phone()
        .add(" du lundi au vendredi.\n");
      break;
    }
    case "antai": {
      // The notice's number names one fine, sent to one holder: masked as the files' numbers are.
      w.field("Objet")
        .add("avis de contravention n° ")
        .gold("IDENTIFIANT", String(r.int(1, 9)) + r.digits(9))
        .add("\n\n");
      w.add(citizen.sex === "M" ? "Monsieur,\n\n" : "Madame,\n\n");
      w.add(`Le véhicule ${r.pick(CAR_MODELS)} immatriculé `)
        .plate()
        .add(", dont vous êtes titulaire du certificat d'immatriculation, ");
      w.add("a été contrôlé le ")
        .date()
        .add(" à ")
        .time()
        .add(" sur la commune ")
        .commune(r.pick(COMMUNES), of);
      w.add(` à une vitesse de ${r.int(60, 150)} km/h. `)
        .opening("Selon")
        .add(" l'")
        .article()
        .add(", une amende forfaitaire de ")
        .amount(400)
        .add(" est due.\n");
      break;
    }
    case "caf": {
      w.field("Objet").add("révision de vos droits au revenu de solidarité active\n\n");
      w.add(citizen.sex === "M" ? "Monsieur,\n\n" : "Madame,\n\n");
      w.add("Votre numéro allocataire ")
        .gold("IDENTIFIANT", r.digits(7))
        .add(" (identifiant France Travail ")
        .gold(
          "IDENTIFIANT",
          r.chance(0.5) ? r.digits(7) + r.chars(1, "ABCDEFGHJKLMNPRSTUVWXYZ") : r.digits(11)
        )
        .add(") fait l'objet d'une révision de droits à compter du ")
        .date()
        .add(". ");
      w.add("Le montant mensuel de votre prestation passe à ")
        .amount(900)
        .add(", soit une baisse de ")
        .percent()
        .add(".\n");
      w.add("Nous avons bien pris note de votre numéro de sécurité sociale (")
        .nir(citizen)
        .add(") et de vos coordonnées bancaires : ");
      const account = w.bankAccount();
      if (r.chance(0.5)) w.gold("RIB", account.rib);
      else w.gold("IBAN", account.iban);
      w.add(".\n");
      if (r.chance(0.6)) caseworkerAccess(w, citizen);
      break;
    }
  }
  if (r.chance(0.4))
    w.add(
      "Vous pouvez également nous écrire à l'adresse électronique que vous nous avez indiquée, "
    )
      .email(citizen)
      .add(".\n");
  w.add("Vous disposez d'un délai de deux mois pour former un recours gracieux ou saisir le ")
    .institution(`tribunal administratif ${ofPlace(r.pick(COMMUNES).name)}`)
    .add(".\n\n");
  w.add(
    "Je vous prie d'agréer, ",
    citizen.sex === "M" ? "Monsieur" : "Madame",
    ", l'expression de mes salutations distinguées.\n\n"
  );
  const signs =
    service === "prefecture"
      ? "Pour le préfet et par délégation,\n"
      : r.pick(["Pour le directeur et par délégation,\n", "Le chef de service,\n"]);
  w.add(signs).person(agent, ["first LAST", "first last"]).add("\n\n").page(r.int(1, 2));
}

function judgment(w: DocumentWriter): void {
  if (w.random.chance(0.35)) cassation(w);
  else if (w.random.chance(0.5)) appeal(w);
  else criminalCourt(w);
}

function appeal(w: DocumentWriter): void {
  const r = w.random;
  const seat = r.pick(COMMUNES.filter((c) => c.appealCourt));
  const appellant = w.newPerson();
  const lawyers = [w.newPerson(), w.newPerson()];
  const judges = [w.newPerson(), w.newPerson(), w.newPerson()];
  const clerk = w.newPerson();
  const company = w.newCompany();
  const hearing = w.someDay();
  w.institution(`COUR D'APPEL DE ${seat.name.toUpperCase()}`).add(
    "\n",
    r.pick(["CHAMBRE SOCIALE", "1re CHAMBRE CIVILE", "CHAMBRE SOCIALE B"]),
    "\n\n"
  );
  w.rg().add(" - ").portalis().add("\n\n");
  w.add("Décision du ")
    .institution(`conseil de prud'hommes ${ofPlace(r.pick(COMMUNES).name)}`)
    .add(" du ")
    .date({ ...w.someDay(), year: w.year - 1 });
  w.add(" (")
    .rg(w.year - 1)
    .add(")\n\n");
  w.add("APPELANT", appellant.sex === "F" ? "E" : "", " :\n\n");
  w.add(w.civilTitle(appellant), " ")
    .person(appellant, ["first LAST", "LAST first"])
    .add("\n")
    .bornOn(appellant)
    .add(` à ${appellant.birthplace.name}\n`);
  w.address(w.newAddress(), "block")
    .add("\n\nreprésenté", appellant.sex === "F" ? "e" : "", " par ")
    .lawyer(lawyers[0]!);
  w.add(", avocat au barreau ")
    .commune(seat, of)
    .add("\n\nINTIMÉE :\n\n", company.name.toUpperCase(), "\n");
  if (r.chance(0.5)) w.add("RCS ").commune(company.city);
  else w.add("immatriculée au RCS ").commune(company.city, of);
  w.add(" sous le n° ").siren(company).add("\n");
  if (r.chance(0.4)) w.field("SIRET").siret(company).add("\n");
  if (r.chance(0.4)) w.field("N° TVA intracommunautaire").tva(company).add("\n");
  w.add("prise en la personne de son représentant légal\n\nreprésentée par ")
    .lawyer(lawyers[1]!)
    .add(", avocat au barreau ")
    .commune(seat, of)
    .add("\n\n");
  w.add("DÉBATS EN AUDIENCE PUBLIQUE DU : ")
    .date(hearing)
    .add("\n\nCOMPOSITION DE LA COUR LORS DES DÉBATS ET DU DÉLIBÉRÉ :\n\n");
  judges.forEach((judge, i) => {
    const role = i === 0 ? ["président", "présidente"] : ["conseiller", "conseillère"];
    w.person(judge, ["first LAST", "title first last", "title initial"]).add(
      ", ",
      role[judge.sex === "M" ? 0 : 1]!,
      "\n"
    );
  });
  w.add("\n");
  w.field("Greffier")
    .add(w.civilTitle(clerk), " ")
    .person(clerk, ["first LAST", "last"])
    .add("\n\n");
  w.add("ARRÊT : contradictoire, prononcé publiquement le ")
    .date()
    .add(" par mise à disposition au greffe\n\nEXPOSÉ DU LITIGE\n\n");
  w.person(appellant, ["title last", "title first last"])
    .add(` a été engagé${appellant.sex === "F" ? "e" : ""} par la société ${company.name} le `)
    .date({ ...w.someDay(), year: r.int(2005, 2018) });
  w.add(` en qualité de ${r.pick(JOBS)}, pour une rémunération mensuelle brute de `)
    .amount(4000)
    .add(".\n");
  w.add("Par lettre du ")
    .date({ ...w.someDay(), year: w.year - 2 })
    .add(", l'employeur l'a licencié", appellant.sex === "F" ? "e" : "", " pour faute grave. ");
  w.person(appellant, ["last", "title last"])
    .add(" a saisi la juridiction prud'homale le ")
    .date({ ...w.someDay(), year: w.year - 2 })
    .add(".\n\n");
  w.opening("Vu").add(" l'").article().add(" ;\n\n");
  w.opening("Attendu")
    .add(" que ")
    .person(appellant, ["title last", "last"])
    .add(" soutient que la procédure n'a pas été respectée ; que la société oppose l'")
    .article()
    .add(" ;\n\n");
  if (r.chance(0.5))
    w.add("Le témoin ")
      .person(w.newPerson(), ["first last", "title first last"])
      .add(", joignable au ")
      .phone()
      .add(", confirme les horaires allégués.\n\n");
  w.add(
    "PAR CES MOTIFS\n\nLa cour, statuant publiquement, infirme le jugement et condamne la société ",
    company.name,
    " à payer à "
  );
  w.person(appellant, ["title last"])
    .add(" la somme de ")
    .amount()
    .add(" au titre de l'")
    .article()
    .add(".\n\n");
  w.decoy("TITLE", clerk.sex === "M" ? "LE GREFFIER" : "LA GREFFIÈRE").add("                ");
  w.decoy("TITLE", judges[0]!.sex === "M" ? "LE PRÉSIDENT" : "LA PRÉSIDENTE")
    .add("\n")
    .page();
}

function cassation(w: DocumentWriter): void {
  const r = w.random;
  const claimant = w.newPerson();
  const president = w.newPerson();
  const rapporteur = w.newPerson();
  const lawyer = w.newPerson();
  const company = w.newCompany();
  const seat = r.pick(COMMUNES.filter((c) => c.appealCourt));
  const decisionYear = w.year - r.int(1, 3);
  const pourvoi = ids.pourvoiNumber(r, decisionYear);
  w.add("CIV. ", r.pick(["1", "2", "3"]), "\n\n")
    .institution("COUR DE CASSATION")
    .add("\n\nAudience publique du ")
    .date()
    .add("\n\n");
  w.add(r.pick(["Cassation partielle", "Rejet", "Cassation"]), "\n\n")
    .add(president.sex === "M" ? "M. " : "Mme ")
    .person(president, ["last"])
    .add(", président\n\n");
  w.add("Arrêt n° ", String(r.int(100, 999)), " F-D\n\n")
    .add(r.pick(["Pourvoi n° ", "Pourvoi n° ", "N° de pourvoi : "]))
    .gold("DOSSIER", pourvoi)
    .add("\n\n");
  w.add("RÉPUBLIQUE FRANÇAISE\n\nAU NOM DU PEUPLE FRANÇAIS\n\n");
  w.add(w.civilTitle(claimant), " ")
    .person(claimant, ["first last", "first LAST"])
    .add(", domicilié", claimant.sex === "F" ? "e" : "", " ")
    .address(w.newAddress());
  w.add(", a formé le pourvoi n° ")
    .gold("DOSSIER", pourvoi)
    .add(" contre l'arrêt rendu le ")
    .date({ ...w.someDay(), year: decisionYear })
    .add(" par la ");
  w.institution(`cour d'appel ${ofPlace(seat.name)}`).add(
    ", dans le litige l'opposant à la société ",
    company.name
  );
  if (r.chance(0.6)) w.add(" (RCS ").commune(company.city).add(" ").siren(company).add(")");
  w.add(", dont le siège est ").commune(company.city, at).add(", défenderesse à la cassation.\n\n");
  w.add("Sur le rapport de ")
    .add(rapporteur.sex === "M" ? "M. " : "Mme ")
    .person(rapporteur, ["last", "first last"])
    .add(", conseiller, les observations de ")
    .lawyer(lawyer);
  w.add(", avocat de ")
    .person(claimant, ["title last"])
    .add(", après débats en l'audience publique du ")
    .date()
    .add(".\n\n");
  w.add("Faits et procédure\n\n1. ")
    .opening("Selon")
    .add(" l'arrêt attaqué (")
    .commune(seat)
    .add(", ")
    .date({ ...w.someDay(), year: decisionYear })
    .add("), ");
  w.person(claimant, ["title last"])
    .add(" a acquis auprès de la société un véhicule immatriculé ")
    .plate()
    .add(" pour le prix de ")
    .amount(40000)
    .add(".\n\n");
  w.add("2. ")
    .opening("Invoquant")
    .add(" un vice caché, ")
    .person(claimant, ["last", "title last"])
    .add(" a assigné la société en résolution de la vente sur le fondement de l'")
    .article()
    .add(".\n\n");
  w.add(
    "PAR CES MOTIFS, la Cour : CASSE ET ANNULE, mais seulement en ce qu'il rejette la demande de dommages-intérêts, l'arrêt rendu le "
  ).date({ ...w.someDay(), year: decisionYear });
  w.add(" ; condamne la société ", company.name, " aux dépens et à payer à ")
    .person(claimant, ["title last"])
    .add(" la somme de ")
    .amount(5000)
    .add(" ;\n\n");
  w.add("Ainsi fait et jugé par la Cour de cassation, et prononcé le ").date().add(".\n");
}

function criminalCourt(w: DocumentWriter): void {
  const defendant = w.newPerson();
  const victim = w.newPerson();
  const judge = w.newPerson();
  const prosecutor = w.newPerson();
  const lawyer = w.newPerson();
  w.institution(`TRIBUNAL JUDICIAIRE DE ${w.city.name.toUpperCase()}`)
    .add("\nChambre correctionnelle\n\n")
    .parquet()
    .add("\n");
  w.add("Jugement du ").date().add("\n\n");
  w.add("Composition du tribunal lors des débats et du délibéré :\n")
    .field("Président")
    .person(judge, ["first LAST", "title first last"])
    .add("\n");
  w.field("Ministère public")
    .person(prosecutor, ["first LAST", "title first last"])
    .add(", substitut du procureur de la République\n\n");
  w.add("PRÉVENU", defendant.sex === "F" ? "E" : "", "\n")
    .field("Nom")
    .gold("PERSONNE", defendant.last.toUpperCase())
    .add("\n");
  w.field("Prénom(s)")
    .gold("PERSONNE", [defendant.first, ...defendant.others].join(", "))
    .add("\n")
    .bornOn(defendant)
    .add(` à ${defendant.birthplace.name}\n`);
  w.field("Demeurant")
    .address(w.newAddress())
    .add("\n")
    .field("Assisté" + (defendant.sex === "F" ? "e" : "") + " de")
    .lawyer(lawyer)
    .add(", avocat au barreau ")
    .commune(w.city, of)
    .add("\n\n");
  w.add("PARTIE CIVILE\n")
    .person(victim, ["LAST first", "first LAST"])
    .add(", demeurant ")
    .address(w.newAddress())
    .add("\n\n");
  w.add("Il est reproché à ")
    .person(defendant, ["title last", "title first last"])
    .add(" d'avoir, ")
    .commune(w.city, at)
    .add(", le ")
    .date()
    .add(", frauduleusement utilisé la carte bancaire n° ")
    .card();
  w.add(" appartenant à ")
    .person(victim, ["title last", "title first last"])
    .add(", pour un préjudice de ")
    .amount(3000)
    .add(", faits prévus et réprimés par l'")
    .article()
    .add(".\n\n");
  w.add("Les opérations ont été réalisées depuis l'adresse IP ")
    .ip()
    .add(" entre ")
    .time()
    .add(" et ")
    .time()
    .add(".\n\n");
  w.opening("Attendu")
    .add(" que ")
    .person(defendant, ["last", "title last"])
    .add(" reconnaît les faits ;\n\nPAR CES MOTIFS\n\nLe tribunal déclare ")
    .person(defendant, ["title last"]);
  w.add(" coupable et le condamne à une amende de ").amount(5000).add(".\n\n").page();
}

function policeReport(w: DocumentWriter): void {
  const r = w.random;
  const officer = w.newPerson();
  const witness = w.newPerson();
  const gendarmerie = r.chance(0.5);
  w.institution(gendarmerie ? "GENDARMERIE NATIONALE" : "POLICE NATIONALE").add("\n");
  w.institution(
    gendarmerie
      ? `Brigade territoriale autonome ${ofPlace(w.city.name)}`
      : `Commissariat de police ${ofPlace(w.city.name)}`
  ).add("\n\n");
  w.add(
    "PROCÈS-VERBAL D'AUDITION DE ",
    r.pick(["VICTIME", "TÉMOIN", "PERSONNE MISE EN CAUSE"]),
    "\n\n"
  );
  if (r.chance(0.6)) w.parquet().add("\n\n");
  w.add("Le ")
    .date()
    .add(", à ")
    .time()
    .add(",\n\nNous, ")
    .person(officer, ["first LAST", "LAST first"]);
  w.add(
    gendarmerie
      ? ", adjudant, officier de police judiciaire en résidence "
      : ", brigadier-chef de police, officier de police judiciaire en fonction "
  )
    .commune(w.city, at)
    .add(",\n");
  const [inquiry, articles] = r.pick([
    ["préliminaire", "articles 75 et suivants du code de procédure pénale"],
    ["de flagrance", "articles 53 et suivants du code de procédure pénale"],
  ]);
  w.add(`Agissant en enquête ${inquiry}, vu les `).decoy("ARTICLE", articles).add(",\n");
  w.add("Entendons la personne ci-dessous dénommée qui nous déclare :\n\nIDENTITÉ\n");
  w.field("Nom").gold("PERSONNE", witness.last.toUpperCase()).add("\n");
  w.field("Prénoms")
    .gold("PERSONNE", [witness.first, ...witness.others].join(", "))
    .add("\n");
  w.bornOn(witness).add(` à ${witness.birthplace.name.toUpperCase()}\n`);
  const father = { ...w.newPerson("M"), last: witness.last };
  w.add(witness.sex === "M" ? "Fils de " : "Fille de ").person(father, ["first LAST"]);
  const mother = w.newPerson("F");
  w.add(" et ", of(mother.first)[0]).person(mother, ["first LAST"]).add("\n");
  w.field("Profession")
    .add(r.pick([...JOBS, "retraité", "étudiant", "sans emploi"]), "\n")
    .field("Demeurant")
    .address(w.newAddress())
    .add("\n");
  if (r.chance(0.8)) w.field("Téléphone").phone().add("\n");
  else w.field("Téléphone").foreignPhone().add("\n");
  if (r.chance(0.4)) w.field("Courriel").email(witness).add("\n");
  else if (r.chance(0.3)) w.field("Courriel").disguisedEmail(witness).add("\n");
  w.field("Pièce d'identité")
    .identityDocument(witness)
    .add(" (délivrance : ")
    .date({ ...w.someDay(), year: r.int(2012, w.year) })
    .add(", ");
  w.institution(`préfecture ${r.pick(COMMUNES).ofDepartment}`).add(")\n\nSUR LES FAITS :\n\n");
  w.add("« Le ")
    .date()
    .add(" vers ")
    .time()
    .add(`, je circulais au volant de mon véhicule ${r.pick(CAR_MODELS)} immatriculé `)
    .plate();
  w.add(" devant ")
    .decoy("EPONYM", r.pick(EPONYMS))
    .add(" lorsque j'ai été percuté par un véhicule qui a pris la fuite. ");
  if (r.chance(0.8)) w.add("J'ai pu relever sa plaque : ").plate().add(". ");
  else
    w.add("J'ai pu relever sa plaque, belge : ")
      .gold("PLAQUE", `${r.int(1, 2)}-${r.chars(3, "ABCDEFGHJKLMNPRSTVWXYZ")}-${r.digits(3)}`)
      .add(". ");
  if (r.chance(0.3))
    w.add("Mon véhicule porte le numéro VIN ").gold("IDENTIFIANT", ids.vin(r)).add(". ");
  w.add("Le conducteur était un homme d'une trentaine d'années. Les dégâts sont estimés à ")
    .amount(8000)
    .add(". »\n\n");
  if (r.chance(0.45)) {
    w.add(
      "Question : Avez-vous constaté d'autres faits ?\nRéponse : « Oui, le lendemain, ma carte bancaire n° "
    )
      .card()
      .add(" a été débitée de ")
      .amount(2000)
      .add(" sans mon accord. »\n\n");
  }
  if (r.chance(0.35)) {
    w.add("Question : Avez-vous reçu des messages ?\nRéponse : « On m'a écrit depuis l'adresse ");
    w.throwawayEmail("", EMAIL_DOMAINS);
    w.add(", connectée à l'adresse IP ").ip().add(" selon l'opérateur. »\n\n");
  }
  if (r.chance(0.5)) {
    w.add("Un certificat médical établi par le ", r.pick(["Dr ", "Docteur "])).person(
      w.newPerson(),
      ["first LAST", "last", "first last"]
    );
    w.add(` fixe l'incapacité totale de travail à ${r.int(1, 30)} jours.\n\n`);
  }
  w.add("Question : Connaissez-vous ")
    .person(w.newPerson(), ["title first last", "first LAST", "title initial"])
    .add(" ?\nRéponse : « ")
    .opening("Non")
    .add(", je ne connais pas cette personne. »\n\n");
  w.add("Lecture faite par ", witness.sex === "M" ? "lui-même" : "elle-même", ", ")
    .person(witness, ["title last", "last"])
    .add(" persiste et signe avec nous le ")
    .date()
    .add(" à ")
    .time()
    .add(".\n\n");
  w.add("L'officier de police judiciaire                La personne entendue\n").page();
}

function emailThread(w: DocumentWriter): void {
  const r = w.random;
  const sender = w.newPerson();
  const recipient = w.newPerson();
  const copy = w.newPerson();
  const agentDomain = r.pick(AGENT_DOMAINS);
  const english = r.chance(0.3);
  const day = w.someDay();
  const header = (
    from: Person,
    fromDomain: string | undefined,
    to: Person,
    toDomain: string | undefined
  ) => {
    w.add(english ? "From: " : "De : ");
    if (r.chance(0.2)) w.add('"').gold("PERSONNE", `${from.last}, ${from.first}`).add('" <');
    else w.person(from, ["first last", "first LAST"]).add(" <");
    w.email(from, fromDomain)
      .add(">\n", english ? "Sent: " : "Envoyé : ", r.pick(WEEKDAYS), " ")
      .date(day)
      .add(" ")
      .time()
      .add("\n");
    w.add(english ? "To: " : "À : ")
      .person(to, ["first last", "first LAST"])
      .add(" <")
      .email(to, toDomain)
      .add(">\n");
  };
  if (r.chance(0.25) && !/\s/.test(sender.last)) {
    // A colleague's quick note above the forwarded thread, written in lower case.
    w.add(r.pick(["salut ", "bonjour ", "coucou "]))
      .gold("PERSONNE", copy.first.toLowerCase())
      .add(",\npeux-tu regarder le dossier de ", sender.sex === "M" ? "monsieur " : "madame ")
      .gold("PERSONNE", sender.last.toLowerCase())
      .add(" ? il attend une réponse avant ")
      .add(r.pick(WEEKDAYS).toLowerCase())
      .add(".\n", r.pick(["bises,", "merci !", "a+", "bonne journée,"]), "\n")
      .gold("PERSONNE", recipient.first.toLowerCase())
      .add("\n\n");
  }
  header(sender, undefined, recipient, agentDomain);
  if (r.chance(0.5)) w.add("Cc : ").email(copy, agentDomain).add("\n");
  const rg = r.chance(0.4);
  w.add(english ? "Subject: " : "Objet : ", "RE: ");
  if (rg) w.add("dossier ").rg();
  else w.add("votre demande d'aide au logement");
  if (r.chance(0.3))
    w.add("\n\n")
      .decoy("TITLE", r.pick(["Madame, Monsieur", "Monsieur le Directeur", "Madame la Directrice"]))
      .add(",");
  else
    w.add("\n\nBonjour ", recipient.sex === "M" ? "Monsieur " : "Madame ")
      .person(recipient, ["last"])
      .add(",");
  w.add("\n\nSuite à notre échange téléphonique du ")
    .date()
    .add(", je vous transmets les pièces demandées. ");
  if (!rg)
    w.add(
      english ? "My CAF file number (numéro allocataire) is " : "Mon numéro allocataire est le "
    )
      .gold("IDENTIFIANT", r.digits(7))
      .add(". ");
  w.add("Mon nouveau numéro est le ")
    .phone()
    .add(" et j'habite désormais ")
    .address(w.newAddress())
    .add(".\n");
  if (r.chance(0.35)) {
    const account = w.bankAccount();
    w.add("Pour le remboursement, voici mon IBAN : ").gold("IBAN", account.iban).add(".\n");
  } else if (r.chance(0.3)) {
    w.add("Mon épouse, qui travaille à l'étranger, reçoit son salaire sur le compte ")
      .foreignIban()
      .add(".\n");
  }
  if (r.chance(0.25)) w.add("Mon numéro de sécurité sociale est le ").nir(sender).add(".\n");
  if (r.chance(0.2))
    w.add("Vous trouverez mon avis d'imposition en pièce jointe (numéro fiscal ")
      .numeroFiscal()
      .add(").\n");
  if (r.chance(0.3))
    w.add("Je n'arrive plus à me connecter depuis ")
      .decoy("VERSION", r.pick(SOFTWARE_VERSIONS))
      .add(" ; le service informatique a relevé l'adresse IP ")
      .ip()
      .add(".\n");
  if (r.chance(0.3))
    w.add("Je joins la facture du garage (TVA ")
      .tva(w.newCompany())
      .add(") d'un montant de ")
      .amount(2500)
      .add(".\n");
  w.add("\n")
    .opening(r.pick(["Cordialement", "Bien cordialement", "Respectueusement"]))
    .add(",\n\n")
    .person(sender, ["first LAST", "first last", "initial"])
    .add("\n")
    .phone()
    .add("\n\n");
  const previous = w.someDay();
  if (r.chance(0.5)) {
    w.add("-----Message d'origine-----\n");
    header(recipient, agentDomain, sender, undefined);
    w.add("\n");
  } else {
    w.add("Le ")
      .date(previous)
      .add(" à ")
      .time()
      .add(", ")
      .person(recipient, ["first last"])
      .add(" <")
      .email(recipient, agentDomain)
      .add("> a écrit :\n");
  }
  w.add(
    "> ",
    sender.sex === "M" ? "Monsieur" : "Madame",
    ",\n> Votre dossier est incomplet : merci de nous adresser un justificatif de domicile.\n"
  );
  w.add("> ")
    .person(recipient, ["first LAST"])
    .add("\n> ")
    .institution(
      `Direction départementale de l'emploi, du travail et des solidarités ${w.city.ofDepartment}`
    )
    .add("\n> Tél. : ")
    .phone()
    .add("\n");
}

function hrFile(w: DocumentWriter): void {
  const r = w.random;
  const employee = w.newPerson();
  const employer = w.newCompany();
  const supplier = w.newCompany();
  const hr = w.newPerson();
  const account = w.bankAccount();
  w.add(employer.name.toUpperCase(), "\n").field("SIRET").siret(employer).add("\n");
  w.add(r.pick(["Code APE 4941A", "Code NAF 8121Z", "Code APE 5610A"]), "\n\n");
  w.add("FICHE DE RENSEIGNEMENTS DU SALARIÉ\n\n");
  w.field(r.pick(["Matricule", "N° de matricule", "Matricule RH"]))
    .gold("IDENTIFIANT", r.pick(["", "", "A", "RH-"]) + r.digits(r.int(5, 8)))
    .add("\n");
  w.field("Nom de naissance").gold("PERSONNE", employee.last.toUpperCase()).add("\n");
  w.field("Prénom(s)")
    .gold("PERSONNE", [employee.first, ...employee.others].join(" "))
    .add("\n");
  w.birthDateField(employee)
    .add("\n")
    .field("Lieu de naissance")
    .add(employee.birthplace.name, "\n");
  w.field(r.pick(["N° de sécurité sociale", "NIR", "Numéro d'inscription au répertoire"]))
    .nir(employee)
    .add("\n");
  w.field("Adresse")
    .address(w.newAddress())
    .add("\n")
    .field("Téléphone")
    .phone()
    .add("\n")
    .field("Courriel")
    .email(employee)
    .add("\n");
  if (r.chance(0.3)) w.field("Titre d'identité").passport().add("\n");
  if (r.chance(0.4)) {
    // The team's list, pasted from a spreadsheet: its columns say what each cell is.
    const delimiter = r.pick([";", "\t"]);
    w.add(
      "\nÉquipe d'affectation :\n",
      ["Nom", "Prénom", "Date de naissance", "Matricule"].join(delimiter),
      "\n"
    );
    for (let row = r.int(2, 4); row > 0; row--) {
      const colleague = w.newPerson();
      w.gold("PERSONNE", colleague.last.toUpperCase())
        .add(delimiter)
        .gold("PERSONNE", colleague.first)
        .add(delimiter)
        .gold("DATE_NAISSANCE", w.numericDate(colleague.birth))
        .add(delimiter)
        .gold("IDENTIFIANT", r.digits(7))
        .add("\n");
    }
    w.add("\n");
  }
  if (r.chance(0.5))
    w.field("Médecin du travail")
      .add(r.pick(["Dr ", "Docteur "]))
      .person(w.newPerson(), ["first LAST", "last"])
      .add("\n");
  w.field("Poste")
    .add(r.pick(JOBS), "\n")
    .field("Date d'entrée")
    .date({ ...w.someDay(), year: r.int(2010, w.year) })
    .add("\n");
  w.field("Salaire brut mensuel").amount(5000).add("\n\nCOORDONNÉES BANCAIRES\n");
  w.field("Banque").add(account.bank, "\n");
  w.field("IBAN")
    .gold("IBAN", account.iban)
    .add("\n")
    .field("BIC")
    .decoy("BIC", account.bic)
    .add("\n");
  if (r.chance(0.9))
    w.field("RIB (banque, guichet, compte, clé)").gold("RIB", account.rib).add("\n");
  if (r.chance(0.85)) w.field("Numéro fiscal").numeroFiscal().add("\n");
  w.add("\nTaux de prélèvement à la source : ")
    .percent()
    .add(", appliqué en vertu de l'")
    .article()
    .add(".\n\n");
  if (r.chance(0.8)) {
    w.add("NOTE DE FRAIS\nFacture n° ")
      .decoy("REFERENCE", `F-${w.year}-${r.digits(5)}`)
      .add(" du ")
      .date()
      .add(", fournisseur ", supplier.name, "\n");
    w.field("SIREN")
      .siren(supplier)
      .add(r.pick([" - TVA intracommunautaire ", " - N° TVA "]))
      .tva(supplier)
      .add("\n");
    w.field("Montant TTC").amount(1500).add(", dont TVA à ").decoy("PERCENT", "20 %").add("\n\n");
  }
  if (r.chance(0.35)) {
    w.add("SIGNALEMENT DE FRAUDE\nLe salarié signale l'utilisation frauduleuse de la carte ")
      .card()
      .add(" de l'entreprise le ")
      .date()
      .add(" à ")
      .time()
      .add(".\n\n");
  }
  w.add("Établi ")
    .commune(w.city, at)
    .add(" le ")
    .date()
    .add(" par ")
    .person(hr, ["first LAST", "title first last"])
    .add(", responsable des ressources humaines (");
  w.email(hr, slug(employer.name.replace(/^\S+ /, "").replace(/ /g, "-")) + ".fr").add(").\n");
  w.add("Traitement déclaré vu ").law().add(".\n").page(1);
}

function complaint(w: DocumentWriter): void {
  const r = w.random;
  const victim = w.newPerson();
  const cyber = r.chance(0.5);
  w.add("PLAINTE EN LIGNE - ")
    .institution("Ministère de l'Intérieur")
    .add(
      "\n",
      cyber
        ? "Atteinte aux systèmes de traitement automatisé de données"
        : "Escroquerie et fraude à la carte bancaire",
      "\n\n"
    );
  w.add("IDENTITÉ DU PLAIGNANT\n")
    .field("Civilité")
    .add(victim.sex === "M" ? "Monsieur" : "Madame", "\n");
  w.field("Nom")
    .gold("PERSONNE", victim.last.toUpperCase())
    .add("\n")
    .field("Prénom")
    .gold("PERSONNE", victim.first)
    .add("\n");
  w.birthDateField(victim)
    .add("\n")
    .field("Adresse")
    .address(w.newAddress())
    .add("\n")
    .field("Téléphone")
    .phone()
    .add("\n")
    .field("Courriel")
    .email(victim)
    .add("\n\n");
  w.add("EXPOSÉ DES FAITS\n\n");
  if (cyber) {
    w.add("Le ")
      .date()
      .add(" à ")
      .time()
      .add(", j'ai reçu un courriel de ")
      .throwawayEmail("support-", [
        "secure-banque.com",
        "colis-suivi.net",
        "ameli-remboursement.info",
      ]);
    w.add(
      " m'invitant à me connecter. Mon hébergeur indique des connexions depuis les adresses IP "
    )
      .ip()
      .add(" et ")
      .ip()
      .add(", avec le navigateur ")
      .decoy("VERSION", r.pick(SOFTWARE_VERSIONS))
      .add(".\n");
    if (r.chance(0.4))
      w.add("Mon espace particulier sur impots.gouv.fr (numéro fiscal ")
        .numeroFiscal()
        .add(") a été consulté à mon insu.\n");
    if (r.chance(0.4))
      w.add("Mon téléphone portable (IMEI ")
        .gold("IDENTIFIANT", ids.imei(r))
        .add(") a été réinitialisé à distance.\n");
    if (r.chance(0.5)) {
      const handle = `${victim.first[0]!.toLowerCase()}${slug(victim.last)}${r.int(10, 99)}`;
      w.add("Le pirate a pris le contrôle de mon compte Instagram ")
        .gold(
          "IDENTIFIANT",
          r.pick([`@${handle}`, `instagram.com/${handle}`, `https://www.facebook.com/${handle}`])
        )
        .add(".\n");
    }
    w.add("Mon compte a ensuite servi à envoyer des messages à mes contacts, dont ")
      .person(w.newPerson(), ["first last", "title first last", "title initial"])
      .add(".\n");
    if (r.chance(0.5))
      w.add("Le pirate m'a appelé depuis le ")
        .phone()
        .add(" en se présentant comme conseiller bancaire.\n");
  }
  if (!cyber || r.chance(0.5)) {
    w.add(
      "J'ai constaté sur mon relevé ",
      String(r.int(2, 6)),
      " paiements frauduleux réalisés avec ma carte bancaire n° "
    ).card();
    w.add(" pour un montant total de ")
      .amount(4000)
      .add(", majoré de frais bancaires de ")
      .percent()
      .add(".\n");
    w.add("Une partie des fonds a été virée vers le compte ")
      .foreignIban()
      .add(" ouvert au nom de ")
      .person(w.newPerson(), ["first LAST", "LAST first"])
      .add(".\n");
  }
  if (r.chance(0.4)) {
    const merchant = w.newCompany();
    w.add("Le site marchand (", merchant.name, ", ");
    if (r.chance(0.5)) w.add("SIRET ").siret(merchant);
    else w.add("SIREN ").siren(merchant);
    if (r.chance(0.5)) w.add(", TVA ").tva(merchant);
    w.add(") n'a pas répondu à mes réclamations.\n");
  }
  if (r.chance(0.4))
    w.add("Mon véhicule immatriculé ")
      .plate()
      .add(" a par ailleurs été flashé alors que je ne le conduisais pas.\n");
  if (r.chance(0.3)) {
    const account = w.bankAccount();
    w.add("Je demande le remboursement sur mon compte (RIB ").gold("RIB", account.rib).add(").\n");
  }
  if (r.chance(0.5))
    w.add("Les faits se sont produits devant ").decoy("EPONYM", r.pick(EPONYMS)).add(". ");
  if (r.chance(0.5)) w.add("Ces faits relèvent de l'").article().add(". ");
  w.add("J'ai fait opposition auprès de ma banque le ").date().add(".\n\n");
  w.add("Fait ")
    .commune(w.city, at)
    .add(", le ")
    .date()
    .add("\n")
    .person(victim, ["first LAST", "LAST first"])
    .add("\n\nAccusé de réception envoyé par ");
  w.institution("la plateforme THESEE").add(" à ").time().add(".\n");
}

const TEMPLATES: Record<DocumentKind, (w: DocumentWriter) => void> = {
  courrier: letter,
  jugement: judgment,
  "proces-verbal": policeReport,
  courriel: emailThread,
  "dossier-rh": hrFile,
  plainte: complaint,
};
