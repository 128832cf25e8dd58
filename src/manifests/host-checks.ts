import type { ManifestCheck, ManifestProblem } from "./problem.ts";
import { attribute, xsiType } from "./xml-tree.ts";

/** The applications each kind of add-in may name in Hosts; the XSD lets any short string through. */
const HOSTS_BY_TYPE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  TaskPaneApp: {
    Document: "Word",
    Workbook: "Excel",
    Presentation: "PowerPoint",
    Notebook: "OneNote",
    Project: "Project",
  },
  ContentApp: { Workbook: "Excel", Presentation: "PowerPoint", Database: "Access" },
  MailApp: { Mailbox: "Outlook" },
};

function hostProblem(type: string, name: string, line: number): ManifestProblem | undefined {
  const allowed = HOSTS_BY_TYPE[type];
  if (allowed === undefined || Object.hasOwn(allowed, name)) return undefined;
  const owner = Object.keys(HOSTS_BY_TYPE).find((other) =>
    Object.hasOwn(HOSTS_BY_TYPE[other] ?? {}, name)
  );
  const why =
    owner === undefined
      ? "n'est pas un hôte Office"
      : `est un hôte des compléments ${owner} (${HOSTS_BY_TYPE[owner]?.[name]})`;
  const names = Object.entries(allowed).map(([host, application]) => `${host} (${application})`);
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} ou ${names.at(-1)}`;
  return { line, message: `Host « ${name} » ${why} ; un complément ${type} nomme ${list}.` };
}

const checkHosts: ManifestCheck = (root) => {
  const type = xsiType(root);
  if (type === undefined) return [];
  return root.children
    .filter((child) => child.localName === "Hosts")
    .flatMap((hosts) => hosts.children.filter((child) => child.localName === "Host"))
    .flatMap((host) => {
      const problem = hostProblem(type, attribute(host, "Name") ?? "", host.line);
      return problem === undefined ? [] : [problem];
    });
};

/** Hosts: each application named in Hosts exists and fits the kind of add-in (Mailbox for MailApp only). */
export const hostChecks: readonly ManifestCheck[] = [checkHosts];
