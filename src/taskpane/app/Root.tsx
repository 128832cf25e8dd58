import { FluentProvider, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { Host, HostTheme } from "../../hosts/host.ts";
import { Problem } from "../components/Problem.tsx";
import { catalogueFor, languageOf, type Catalogue } from "../i18n/index.ts";
import { RedactionClient } from "../redaction/redaction-client.ts";
import { GatewayApi } from "../services/gateway-api.ts";
import { mistralChatClient } from "../services/mistral-chat-client.ts";
import { tokenProviderFor } from "../services/sign-in.ts";
import { App } from "./App.tsx";
import type { Session } from "./session.ts";
import { fluentTheme } from "./theme.ts";

const useStyles = makeStyles({
  frame: { minHeight: "100vh", padding: tokens.spacingHorizontalM, boxSizing: "border-box" },
});

type Boot =
  | { state: "loading" }
  | { state: "ready"; session: Session }
  | { state: "failed"; error: unknown; t: Catalogue };

/**
 * Renders at once (a spinner in French), then finds the host, signs in and reads the policy. The
 * engine's worker starts meanwhile, so it is warm when the user first acts.
 */
export function Root({ loadHost }: { loadHost: () => Promise<Host> }) {
  const styles = useStyles();
  const [boot, setBoot] = useState<Boot>({ state: "loading" });
  const [host, setHost] = useState<Host | null>(null);
  const [theme, setTheme] = useState<HostTheme | undefined>(undefined);
  // One worker for the pane's life: a retried start-up reuses it rather than leave one behind.
  const [redaction] = useState(() => new RedactionClient());

  const start = useCallback(async () => {
    setBoot({ state: "loading" });
    let t = catalogueFor(undefined);
    try {
      const found = host ?? (await loadHost());
      setHost(found);
      setTheme(found.readTheme());
      t = catalogueFor(found.context.displayLanguage);
      const api = new GatewayApi(window.location.origin);
      const tokens = tokenProviderFor(await api.signIn());
      const policy = await api.policy(tokens);
      setBoot({
        state: "ready",
        session: {
          host: found,
          t,
          policy,
          chat: mistralChatClient(api.origin, tokens),
          redaction,
          storage: safeLocalStorage(),
        },
      });
    } catch (error) {
      setBoot({ state: "failed", error, t });
    }
  }, [host, loadHost, redaction]);

  useEffect(() => {
    void start();
    // Started once, at mount; "retry" calls start again.
  }, []);
  useEffect(() => host?.onThemeChange(setTheme), [host]);

  const t = boot.state === "ready" ? boot.session.t : boot.state === "failed" ? boot.t : catalogueFor(undefined);
  useEffect(() => {
    document.documentElement.lang = languageOf(t);
  }, [t]);

  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.frame}>
      {boot.state === "loading" && <Spinner label={t.loading} />}
      {boot.state === "failed" && <Problem t={t} error={boot.error} onRetry={() => void start()} />}
      {boot.state === "ready" && <App session={boot.session} />}
    </FluentProvider>
  );
}

/** localStorage, or nothing where the web view forbids it (the pane then forgets at close). */
function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
