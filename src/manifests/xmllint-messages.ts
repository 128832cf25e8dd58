/**
 * libxml2's messages, in French for the admins who read them. The usual ones are rewritten; any other
 * keeps its English wording, shortened by the namespaces that make it unreadable.
 */

/** `{http://…}Name` becomes `Name`; `{http://…}*` (any element of a namespace) says which namespace. */
function withoutNamespaces(text: string): string {
  return text.replace(/\{([^}]*)\}\*/g, "tout élément de $1").replace(/\{[^}]*\}/g, "");
}

/** `( A, B )` as a French alternative: `A ou B`. */
function alternatives(list: string): string {
  const names = withoutNamespaces(list)
    .split(",")
    .map((name) => name.trim());
  return names.length === 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} ou ${names.at(-1) ?? ""}`;
}

type Rewrite = readonly [RegExp, (match: RegExpExecArray) => string];

const SCHEMA_REWRITES: readonly Rewrite[] = [
  [
    /^This element is not expected\.(?: Expected is (?:one of )?\( (.*) \)\.)?$/,
    ([, expected]) =>
      expected === undefined
        ? "n'est pas permis à cette place"
        : `n'est pas attendu à cette place (élément manquant ou dans le mauvais ordre) ; attendu ici : ${alternatives(expected)}`,
  ],
  [
    /^Missing child element\(s\)\. Expected is (?:one of )?\( (.*) \)\.$/,
    ([, expected = ""]) => `il manque l'élément enfant ${alternatives(expected)}`,
  ],
  [
    /^\[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}\.$/,
    ([, value, allowed = ""]) =>
      `la valeur « ${value} » n'est pas permise ; valeurs permises : ${allowed.replace(/'/g, "")}`,
  ],
  [
    /^\[facet 'pattern'\] The value '(.*)' is not accepted by the pattern '(.*)'\.$/,
    ([, value, pattern]) => `la valeur « ${value} » n'a pas la forme attendue (motif ${pattern})`,
  ],
  [
    /^\[facet 'maxLength'\] The value (?:'.*' )?has a length of '(\d+)'; this exceeds the allowed maximum length of '(\d+)'\.$/,
    ([, length, max]) => `la valeur fait ${length} caractères, ${max} au plus`,
  ],
  [
    /^\[facet 'minLength'\] The value (?:'.*' )?has a length of '(\d+)'; this underruns the allowed minimum length of '(\d+)'\.$/,
    ([, length, min]) =>
      length === "0"
        ? "la valeur est vide"
        : `la valeur fait ${length} caractères, ${min} au moins`,
  ],
  [
    /^\[facet 'maxInclusive'\] The value '(.*)' is greater than the maximum value allowed \('(.*)'\)\.$/,
    ([, value, max]) => `la valeur ${value} dépasse le maximum permis (${max})`,
  ],
  [
    /^\[facet 'minInclusive'\] The value '(.*)' is less than the minimum value allowed \('(.*)'\)\.$/,
    ([, value, min]) => `la valeur ${value} est sous le minimum permis (${min})`,
  ],
  [
    /^The attribute '(.*)' is required but missing\.$/,
    ([, name]) => `l'attribut obligatoire « ${name} » manque`,
  ],
  [
    /^The attribute '(.*)' is not allowed\.$/,
    ([, name]) => `l'attribut « ${name} » n'est pas permis ici`,
  ],
  [
    /^'(.*)' is not a valid value of the atomic type '(.*)'\.$/,
    ([, value, type]) => `« ${value} » n'est pas une valeur valide (type ${type})`,
  ],
  [
    /^The type definition is abstract\.$/,
    () =>
      "son type est abstrait : xsi:type doit nommer un type concret (pour OfficeApp : TaskPaneApp, MailApp ou ContentApp)",
  ],
  [
    /^The QName value '(.*)' of the xsi:type attribute does not resolve to a type definition\.$/,
    ([, name = ""]) => `xsi:type « ${withoutNamespaces(name)} » ne désigne aucun type connu`,
  ],
  [
    /^No matching global declaration available for the validation root\.$/,
    () =>
      "n'est pas la racine d'un manifeste Office (OfficeApp de l'espace de noms http://schemas.microsoft.com/office/appforoffice/1.1 attendu)",
  ],
  [
    /^Element content is not allowed, because the type definition is simple\.$/,
    () => "n'admet que du texte, pas d'élément enfant",
  ],
];

const SUBJECT = /^Element '(?:\{[^}]*\})?([^']+)'(?:, attribute '(?:\{[^}]*\})?([^']+)')?: (.*)$/s;

function rewrite(rewrites: readonly Rewrite[], body: string): string | undefined {
  for (const [pattern, french] of rewrites) {
    const match = pattern.exec(body);
    if (match !== null) return french(match);
  }
  return undefined;
}

/** A "Schemas validity error" of xmllint, in French: `Élément « Version » : la valeur …`. */
export function frenchSchemaMessage(raw: string): string {
  const match = SUBJECT.exec(raw.trim());
  if (match === null) return withoutNamespaces(raw.trim());
  const [, element, attributeName, body = ""] = match;
  const subject =
    attributeName === undefined
      ? `Élément « ${element} »`
      : `Attribut « ${attributeName} » de « ${element} »`;
  const french = rewrite(SCHEMA_REWRITES, body);
  if (french === undefined) return `${subject} : ${withoutNamespaces(body)}`;
  return french.startsWith("n'") ? `${subject} ${french}.` : `${subject} : ${french}.`;
}

const PARSER_REWRITES: readonly Rewrite[] = [
  [
    /^Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)$/,
    ([, opened, line, closed]) =>
      `la balise </${closed}> ne ferme pas <${opened}>, ouverte ligne ${line}`,
  ],
  [/^Document is empty$/, () => "le document est vide"],
  [/^Entity '(.*)' not defined$/, ([, name]) => `l'entité &${name}; n'est pas définie`],
  [
    /^Premature end of data in tag (\S+) line (\d+)$/,
    ([, tag, line]) => `le document s'arrête avant la fin de <${tag}>, ouverte ligne ${line}`,
  ],
];

/** A well-formedness error of xmllint ("parser error", "namespace error"), in French. */
export function frenchParserMessage(raw: string): string {
  return `XML mal formé : ${rewrite(PARSER_REWRITES, raw.trim()) ?? raw.trim()}.`;
}
