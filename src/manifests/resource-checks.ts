import type { ManifestCheck, ManifestProblem } from "./problem.ts";
import { ownResources, resourceReferences, type ResourceKind } from "./resources.ts";
import { descendantsAndSelf } from "./xml-tree.ts";

/** Which list a resid must name, by the element that carries it; others may name any list. */
const EXPECTED_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Runtime: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

const checkReferences: ManifestCheck = (root) =>
  resourceReferences(root).flatMap(({ element, resid, target }): ManifestProblem[] => {
    const expected = EXPECTED_KIND[element.localName];
    if (target === undefined) {
      const where = expected === undefined ? "Resources" : `Resources/${expected}`;
      return [
        {
          line: element.line,
          message: `${element.localName} : resid « ${resid} » ne renvoie à aucune ressource ; définissez-la dans ${where}.`,
        },
      ];
    }
    if (expected === undefined || target.kind === expected) return [];
    return [
      {
        line: element.line,
        message: `${element.localName} : resid « ${resid} » renvoie à une ressource de ${target.kind} (ligne ${target.element.line}), alors qu'il en attend une de ${expected}.`,
      },
    ];
  });

const checkUniqueIds: ManifestCheck = (root) =>
  [...descendantsAndSelf(root)]
    .filter((element) => element.localName === "VersionOverrides")
    .flatMap((versionOverrides) => {
      const seen = new Map<string, number>();
      return ownResources(versionOverrides).flatMap(({ id, element }): ManifestProblem[] => {
        const first = seen.get(id);
        if (first === undefined) {
          seen.set(id, element.line);
          return [];
        }
        return [
          {
            line: element.line,
            message: `Ressource « ${id} » déjà définie ligne ${first} : chaque id doit être unique.`,
          },
        ];
      });
    });

/** Resources: every resid names a resource of the right list, and no id is defined twice. */
export const resourceChecks: readonly ManifestCheck[] = [checkReferences, checkUniqueIds];
