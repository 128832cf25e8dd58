/**
 * A small element tree of an XML document, with the line of each start tag and resolved namespaces.
 *
 * It reads documents that xmllint has already found well-formed, which is why it is not a general XML
 * parser: no DTD, no entity declarations, no error recovery. The checks need line numbers and namespaces,
 * which neither Node nor the project's dependencies offer without a parser of their own.
 */

export const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

export interface XmlAttribute {
  readonly localName: string;
  readonly namespace: string | undefined;
  readonly value: string;
}

export interface XmlElement {
  readonly localName: string;
  readonly namespace: string | undefined;
  readonly attributes: readonly XmlAttribute[];
  readonly children: XmlElement[];
  readonly parent: XmlElement | undefined;
  /** Line of the end of the start tag, where libxml2 places the element in its messages. */
  readonly line: number;
  text: string;
}

export class XmlSyntaxError extends Error {}

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return PREDEFINED_ENTITIES[name] ?? whole;
  });
}

function splitName(qualified: string): { prefix: string | undefined; localName: string } {
  const colon = qualified.indexOf(":");
  return colon < 0
    ? { prefix: undefined, localName: qualified }
    : { prefix: qualified.slice(0, colon), localName: qualified.slice(colon + 1) };
}

type Scope = ReadonlyMap<string, string>;

function resolve(scope: Scope, prefix: string | undefined): string | undefined {
  if (prefix === "xml") return XML_NAMESPACE;
  if (prefix === "xmlns") return XMLNS_NAMESPACE;
  const namespace = scope.get(prefix ?? "");
  if (prefix !== undefined && namespace === undefined)
    throw new XmlSyntaxError(`unbound prefix ${prefix}`);
  return namespace === "" ? undefined : namespace;
}

const START_TAG = /<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

interface OpenElement {
  readonly element: XmlElement;
  readonly qualifiedName: string;
  readonly scope: Scope;
}

function skipMarkup(xml: string, at: number, open: string, close: string): number {
  const end = xml.indexOf(close, at + open.length);
  if (end < 0) throw new XmlSyntaxError(`unterminated ${open}`);
  return end + close.length;
}

function openElement(
  qualifiedName: string,
  rawAttributes: string,
  parent: OpenElement | undefined,
  line: number
): OpenElement {
  const pairs = [...rawAttributes.matchAll(ATTRIBUTE)].map(([, name = "", double, single]) => ({
    name,
    value: decodeEntities(double ?? single ?? ""),
  }));
  const scope = new Map(parent?.scope ?? []);
  for (const { name, value } of pairs) {
    if (name === "xmlns") scope.set("", value);
    else if (name.startsWith("xmlns:")) scope.set(name.slice("xmlns:".length), value);
  }
  const attributes = pairs.map(({ name, value }) => {
    const { prefix, localName } = splitName(name);
    const namespace =
      name === "xmlns"
        ? XMLNS_NAMESPACE
        : prefix === undefined
          ? undefined
          : resolve(scope, prefix);
    return { localName, namespace, value };
  });
  const { prefix, localName } = splitName(qualifiedName);
  const element: XmlElement = {
    localName,
    namespace: resolve(scope, prefix),
    attributes,
    children: [],
    parent: parent?.element,
    line,
    text: "",
  };
  parent?.element.children.push(element);
  return { element, qualifiedName, scope };
}

/** Parses a well-formed XML document into its root element. */
export function parseXml(xml: string): XmlElement {
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  let line = 1;
  let lineCountedTo = 0;
  const lineAt = (index: number): number => {
    for (let i = lineCountedTo; i < index; i++) if (xml.charCodeAt(i) === 10) line++;
    lineCountedTo = Math.max(lineCountedTo, index);
    return line;
  };

  let at = 0;
  while (at < xml.length) {
    const tagStart = xml.indexOf("<", at);
    const textEnd = tagStart < 0 ? xml.length : tagStart;
    const current = stack.at(-1);
    if (current !== undefined) current.element.text += decodeEntities(xml.slice(at, textEnd));
    if (tagStart < 0) break;

    const rest = xml.slice(tagStart, tagStart + 9);
    if (rest.startsWith("<?")) at = skipMarkup(xml, tagStart, "<?", "?>");
    else if (rest.startsWith("<!--")) at = skipMarkup(xml, tagStart, "<!--", "-->");
    else if (rest.startsWith("<![CDATA[")) {
      at = skipMarkup(xml, tagStart, "<![CDATA[", "]]>");
      if (current !== undefined) current.element.text += xml.slice(tagStart + 9, at - 3);
    } else if (rest.startsWith("<!")) at = skipMarkup(xml, tagStart, "<!", ">");
    else if (rest.startsWith("</")) {
      at = skipMarkup(xml, tagStart, "</", ">");
      const name = xml.slice(tagStart + 2, at - 1).trim();
      if (stack.pop()?.qualifiedName !== name)
        throw new XmlSyntaxError(`unexpected end tag ${name}`);
    } else {
      START_TAG.lastIndex = tagStart;
      const match = START_TAG.exec(xml);
      if (match === null) throw new XmlSyntaxError("malformed start tag");
      const [whole, qualifiedName = "", rawAttributes = "", selfClosing] = match;
      at = tagStart + whole.length;
      const opened = openElement(qualifiedName, rawAttributes, current, lineAt(at - 1));
      root ??= opened.element;
      if (selfClosing !== "/") stack.push(opened);
    }
  }
  if (root === undefined || stack.length > 0) throw new XmlSyntaxError("incomplete document");
  return root;
}

/** The element and every element below it, in document order. */
export function* descendantsAndSelf(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* descendantsAndSelf(child);
}

/** The value of an attribute in no namespace (the manifest's own attributes: DefaultValue, resid, id...). */
export function attribute(element: XmlElement, localName: string): string | undefined {
  return element.attributes.find((a) => a.namespace === undefined && a.localName === localName)
    ?.value;
}

/** The local part of the element's xsi:type (TaskPaneApp, MailApp, ShowTaskpane...). */
export function xsiType(element: XmlElement): string | undefined {
  const value = element.attributes.find(
    (a) => a.namespace === XSI_NAMESPACE && a.localName === "type"
  )?.value;
  return value === undefined ? undefined : splitName(value.trim()).localName;
}
