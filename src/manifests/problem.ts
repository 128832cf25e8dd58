import type { XmlElement } from "./xml-tree.ts";

/** One thing wrong with a manifest, in French, with the line it is on when there is one. */
export interface ManifestProblem {
  line: number | undefined;
  message: string;
}

/** A check that XSD cannot express, run on a manifest that is well-formed XML. */
export type ManifestCheck = (root: XmlElement) => ManifestProblem[];
