import { isAction, type Action } from "../../assistant/actions.ts";

/** What the pane remembers for this user on this computer. Never any text or personal data. */
export interface Preferences {
  /** The charter version acknowledged, if any. */
  charterVersion: string | null;
  /** Actions the user chose to send without review (honoured only where the policy allows). */
  skipReview: Action[];
  /** The model chosen, when not the policy's default. */
  model: string | null;
}

const KEY = "plume.preferences.v1";
const EMPTY: Preferences = { charterVersion: null, skipReview: [], model: null };

/** Reads the preferences, tolerating a missing, foreign or corrupted entry (then: defaults). */
export function loadPreferences(storage: Pick<Storage, "getItem"> | undefined): Preferences {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? "null") as Partial<Preferences> | null;
    if (!raw || typeof raw !== "object") return EMPTY;
    return {
      charterVersion: typeof raw.charterVersion === "string" ? raw.charterVersion : null,
      skipReview: Array.isArray(raw.skipReview) ? raw.skipReview.filter(isAction) : [],
      model: typeof raw.model === "string" ? raw.model : null,
    };
  } catch {
    return EMPTY;
  }
}

export function savePreferences(
  storage: Pick<Storage, "setItem"> | undefined,
  preferences: Preferences
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(preferences));
  } catch {
    // Storage full or disabled (private mode): the preferences last for this session only.
  }
}
