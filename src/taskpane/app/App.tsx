import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft20Regular, Settings20Regular } from "@fluentui/react-icons";
import { useCallback, useState } from "react";
import { Charter } from "../screens/Charter.tsx";
import { Home } from "../screens/Home.tsx";
import { Result } from "../screens/Result.tsx";
import { Review } from "../screens/Review.tsx";
import { Settings } from "../screens/Settings.tsx";
import { Problem } from "../components/Problem.tsx";
import { PaneError } from "../state/pane-error.ts";
import type { ActionRequest, Prepared } from "../state/prepared.ts";
import { freeTextOf } from "../state/prepared.ts";
import { readSource } from "../state/source.ts";
import type { Session } from "./session.ts";
import { usePreferences } from "./use-preferences.ts";

type View =
  | { name: "home" }
  | { name: "busy"; label: string }
  | { name: "review"; prepared: Prepared }
  | { name: "result"; prepared: Prepared }
  | { name: "settings" }
  | { name: "charter" };

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** The pane: charter on first use, then action → review → result, with settings beside. */
export function App({ session }: { session: Session }) {
  const { t, policy } = session;
  const styles = useStyles();
  const [preferences, setPreferences] = usePreferences(session.storage);
  const [view, setView] = useState<View>({ name: "home" });
  const [problem, setProblem] = useState<unknown>(null);
  const charterDue = preferences.charterVersion !== policy.charter.version;
  const model = preferences.model && policy.models.allowed.includes(preferences.model)
    ? preferences.model
    : policy.models.default ?? undefined;

  const redact = useCallback(
    async (request: ActionRequest, source: Prepared["source"], alwaysMask: string[], lifted: string[]) => {
      try {
        return await session.redaction.redact({
          texts: [source.text, freeTextOf(request.spec)],
          alwaysMask: [...policy.entities.alwaysMask, ...alwaysMask],
          neverMask: [...policy.entities.neverMask, ...lifted],
        });
      } catch (cause) {
        throw new PaneError("redaction", { cause });
      }
    },
    [session.redaction, policy]
  );

  const start = useCallback(
    async (request: ActionRequest) => {
      setProblem(null);
      try {
        setView({ name: "busy", label: t.reading });
        const source = await readSource(session.host, request.source);
        setView({ name: "busy", label: t.redacting });
        const redaction = await redact(request, source, [], []);
        const prepared: Prepared = { request, source, alwaysMask: [], lifted: [], redaction };
        const skip =
          preferences.skipReview.includes(request.spec.action) &&
          policy.review.maySkip.includes(request.spec.action);
        setView(skip ? { name: "result", prepared } : { name: "review", prepared });
      } catch (error) {
        setProblem(error);
        setView({ name: "home" });
      }
    },
    [session.host, t, redact, preferences.skipReview, policy.review.maySkip]
  );

  const revise = useCallback(
    async (prepared: Prepared, alwaysMask: string[], lifted: string[]) => {
      try {
        const redaction = await redact(prepared.request, prepared.source, alwaysMask, lifted);
        setView({ name: "review", prepared: { ...prepared, alwaysMask, lifted, redaction } });
      } catch (error) {
        setProblem(error);
      }
    },
    [redact]
  );

  if (charterDue || view.name === "charter") {
    return (
      <main className={styles.pane}>
        <Charter
          t={t}
          text={policy.charter.text}
          acknowledged={!charterDue}
          onAccept={() => {
            setPreferences({ charterVersion: policy.charter.version });
            setView({ name: "home" });
          }}
        />
      </main>
    );
  }

  const back = view.name === "settings" || view.name === "review";
  return (
    <main className={styles.pane}>
      <header className={styles.header}>
        {back ? (
          <Button
            appearance="subtle"
            icon={<ArrowLeft20Regular />}
            onClick={() => setView({ name: "home" })}
          >
            {t.back}
          </Button>
        ) : (
          <h1 className={styles.title}>{t.appName}</h1>
        )}
        {view.name !== "settings" && (
          <Button
            appearance="subtle"
            icon={<Settings20Regular />}
            aria-label={t.settings}
            title={t.settings}
            onClick={() => setView({ name: "settings" })}
          />
        )}
      </header>
      {problem !== null && (
        <Problem t={t} error={problem} onDismiss={() => setProblem(null)} />
      )}
      {view.name === "home" && (
        <Home
          t={t}
          surface={session.host.context.surface}
          enabled={policy.actions.enabled}
          onStart={(request) => void start(request)}
        />
      )}
      {view.name === "busy" && <Spinner label={view.label} />}
      {view.name === "review" && (
        <Review
          t={t}
          prepared={view.prepared}
          policy={policy}
          skipAllowed={policy.review.maySkip.includes(view.prepared.request.spec.action)}
          onRevise={(alwaysMask, lifted) => void revise(view.prepared, alwaysMask, lifted)}
          onSend={(skipNextTime) => {
            if (skipNextTime) {
              setPreferences({
                skipReview: [...new Set([...preferences.skipReview, view.prepared.request.spec.action])],
              });
            }
            setView({ name: "result", prepared: view.prepared });
          }}
          onCancel={() => setView({ name: "home" })}
        />
      )}
      {view.name === "result" && (
        <Result
          session={session}
          prepared={view.prepared}
          model={model}
          onNew={() => setView({ name: "home" })}
        />
      )}
      {view.name === "settings" && (
        <Settings
          t={t}
          policy={policy}
          preferences={preferences}
          model={model}
          onChange={setPreferences}
          onShowCharter={() => setView({ name: "charter" })}
        />
      )}
    </main>
  );
}
