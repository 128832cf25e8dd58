import { attribute, descendantsAndSelf, type XmlElement } from "./xml-tree.ts";

/** The four lists of a VersionOverrides' Resources, named as in the manifest. */
export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

const RESOURCE_KINDS: readonly string[] = [
  "Images",
  "Urls",
  "ShortStrings",
  "LongStrings",
] satisfies ResourceKind[];

export interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly element: XmlElement;
}

/** The VersionOverrides whose Resources a resid inside it refers to (each nesting level has its own). */
export function enclosingVersionOverrides(element: XmlElement): XmlElement | undefined {
  for (let node = element.parent; node !== undefined; node = node.parent) {
    if (node.localName === "VersionOverrides") return node;
  }
  return undefined;
}

/** The resources that a VersionOverrides declares itself, nested overrides excluded. */
export function ownResources(versionOverrides: XmlElement): Resource[] {
  return versionOverrides.children
    .filter((child) => child.localName === "Resources")
    .flatMap((resources) => resources.children)
    .filter((list) => RESOURCE_KINDS.includes(list.localName))
    .flatMap((list) =>
      list.children.map((element) => ({
        id: attribute(element, "id") ?? "",
        kind: list.localName as ResourceKind,
        element,
      }))
    );
}

/** Every element carrying a resid, with the resource it names when there is one. */
export function resourceReferences(
  root: XmlElement
): { element: XmlElement; resid: string; target?: Resource }[] {
  const references = [];
  for (const element of descendantsAndSelf(root)) {
    const resid = attribute(element, "resid");
    if (resid === undefined) continue;
    const scope = enclosingVersionOverrides(element);
    const target =
      scope === undefined
        ? undefined
        : ownResources(scope).find((resource) => resource.id === resid);
    references.push({ element, resid, target });
  }
  return references;
}
