export interface PartCoverage {
  /** 0 for the first part; the coverage note numbers parts from 1. */
  index: number;
  /** Offsets in the pseudonymised source. */
  start: number;
  end: number;
  /** The part's heading(s), originals restored. */
  title?: string;
  /** False when the part's request failed, after one retry: the answer says nothing of it. */
  covered: boolean;
}

/** Which parts of a document read part by part the answer rests on. */
export interface Coverage {
  parts: PartCoverage[];
}

export type AssistantEvent =
  /** More of the answer, originals restored, to append to what came before. */
  | { type: "text"; text: string }
  /**
   * A long document read part by part: `done` of `total` parts finished, `failed` of them without
   * an answer; then, once, phase "merge" when the answer is being written from what the parts gave.
   */
  | { type: "progress"; phase: "parts" | "merge"; done: number; total: number; failed: number }
  | {
      type: "done";
      /** The whole answer, originals restored: every text event, in order. */
      text: string;
      /** The same answer as the model wrote it, before restoration. */
      pseudonymised: string;
      /** Placeholders the answer holds that the vault does not know (invented by the model), left as written. */
      unknownPlaceholders: string[];
      /** Present when the document was read part by part; the answer then ends with a note saying the same. */
      coverage?: Coverage;
    };
