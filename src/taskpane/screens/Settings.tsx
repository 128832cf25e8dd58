import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Catalogue } from "../i18n/index.ts";
import type { PublicPolicy } from "../services/gateway-api.ts";
import type { Preferences } from "../state/preferences.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** The model, the actions sent without review, and the charter again. */
export function Settings({
  t,
  policy,
  preferences,
  model,
  onChange,
  onShowCharter,
}: {
  t: Catalogue;
  policy: PublicPolicy;
  preferences: Preferences;
  model: string | undefined;
  onChange: (change: Partial<Preferences>) => void;
  onShowCharter: () => void;
}) {
  const styles = useStyles();
  const actionLabel: Record<string, string> = {
    summarise: t.actionSummarise,
    draft: t.actionDraft,
    rewrite: t.actionRewrite,
    correct: t.actionCorrect,
    translate: t.actionTranslate,
    question: t.actionQuestion,
    reply: t.actionReply,
  };
  const skipped = preferences.skipReview.filter((action) => policy.review.maySkip.includes(action));
  return (
    <section className={styles.root} aria-labelledby="settings-title">
      <h1 id="settings-title" className={styles.title}>
        {t.settingsTitle}
      </h1>
      {policy.models.allowed.length > 1 && (
        <Field label={t.modelLabel}>
          <Select value={model ?? ""} onChange={(_, data) => onChange({ model: data.value })}>
            {policy.models.allowed.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t.reviewPreferences}>
        <Text>
          {skipped.length === 0
            ? t.reviewPreferencesNone
            : skipped.map((action) => actionLabel[action]).join(", ")}
        </Text>
      </Field>
      {skipped.length > 0 && (
        <Button onClick={() => onChange({ skipReview: [] })}>{t.reviewPreferencesReset}</Button>
      )}
      <Button onClick={onShowCharter}>{t.charterShow}</Button>
    </section>
  );
}
