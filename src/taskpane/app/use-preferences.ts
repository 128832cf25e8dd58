import { useCallback, useState } from "react";
import { loadPreferences, savePreferences, type Preferences } from "../state/preferences.ts";

/** The user's preferences, saved on every change. */
export function usePreferences(
  storage: Storage | undefined
): [Preferences, (change: Partial<Preferences>) => void] {
  const [preferences, setPreferences] = useState(() => loadPreferences(storage));
  const update = useCallback(
    (change: Partial<Preferences>) =>
      setPreferences((current) => {
        const next = { ...current, ...change };
        savePreferences(storage, next);
        return next;
      }),
    [storage]
  );
  return [preferences, update];
}
