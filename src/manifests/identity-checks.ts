import type { ManifestCheck, ManifestProblem } from "./problem.ts";
import { xsiType, type XmlElement } from "./xml-tree.ts";

/** The form Office's tools generate; the XSD also lets through `{…}` and `urn:uuid:` forms. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Office compares the four parts to offer an update; the XSD accepts one to four. */
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;

const DOCUMENT_PERMISSIONS = [
  "Restricted",
  "ReadDocument",
  "ReadAllDocument",
  "WriteDocument",
  "ReadWriteDocument",
];
const MAIL_PERMISSIONS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"];

const PERMISSIONS_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  TaskPaneApp: DOCUMENT_PERMISSIONS,
  ContentApp: DOCUMENT_PERMISSIONS,
  MailApp: MAIL_PERMISSIONS,
};

const TYPE_LABELS: Readonly<Record<string, string>> = {
  TaskPaneApp: "TaskPaneApp (Word, Excel, PowerPoint)",
  ContentApp: "ContentApp",
  MailApp: "MailApp (Outlook)",
};

function topLevel(root: XmlElement, localName: string): XmlElement | undefined {
  return root.children.find((child) => child.localName === localName);
}

function frenchList(values: readonly string[]): string {
  return `${values.slice(0, -1).join(", ")} ou ${values.at(-1) ?? ""}`;
}

const checkId: ManifestCheck = (root) => {
  const id = topLevel(root, "Id");
  const value = id?.text.trim() ?? "";
  if (id === undefined || GUID.test(value)) return [];
  return [
    {
      line: id.line,
      message: `Id « ${value} » : un GUID sous sa forme simple est attendu, xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx en chiffres hexadécimaux (sans accolades ni urn:uuid:), propre à chaque complément.`,
    },
  ];
};

const checkVersion: ManifestCheck = (root) => {
  const version = topLevel(root, "Version");
  const value = version?.text.trim() ?? "";
  if (version === undefined || VERSION.test(value)) return [];
  return [
    {
      line: version.line,
      message: `Version « ${value} » : la forme attendue est n.n.n.n, quatre nombres séparés par des points (par exemple 1.0.0.0) ; Office la compare à la version installée pour proposer la mise à jour.`,
    },
  ];
};

function permissionProblem(type: string, value: string, line: number): ManifestProblem | undefined {
  const allowed = PERMISSIONS_BY_TYPE[type];
  if (allowed === undefined || allowed.includes(value)) return undefined;
  const owner = Object.entries(PERMISSIONS_BY_TYPE).find(([, permissions]) =>
    permissions.includes(value)
  )?.[0];
  const why =
    owner === undefined
      ? "n'existe pas"
      : `est une permission des compléments ${TYPE_LABELS[owner]}`;
  return {
    line,
    message: `Permissions « ${value} » ${why} ; un complément ${TYPE_LABELS[type]} demande ${frenchList(allowed)}.`,
  };
}

const checkPermission: ManifestCheck = (root) => {
  const permissions = topLevel(root, "Permissions");
  const type = xsiType(root);
  if (permissions === undefined || type === undefined) return [];
  const problem = permissionProblem(type, permissions.text.trim(), permissions.line);
  return problem === undefined ? [] : [problem];
};

/** Identity and rights: Id, Version, and the permission that fits the kind of add-in. */
export const identityChecks: readonly ManifestCheck[] = [checkId, checkVersion, checkPermission];
