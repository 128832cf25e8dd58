import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import {
  DRAFT_KINDS,
  REWRITE_STYLES,
  SUMMARY_FORMATS,
  TRANSLATION_TARGETS,
  type Action,
  type ActionSpec,
  type DraftKind,
  type RewriteStyle,
  type SummaryFormat,
  type TranslationTarget,
} from "../../assistant/actions.ts";
import type { HostContext } from "../../hosts/host.ts";
import type { Catalogue } from "../i18n/index.ts";
import { offersFor, type SourceKind } from "../state/action-offers.ts";
import type { ActionRequest } from "../state/prepared.ts";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

function labels(t: Catalogue) {
  return {
    action: {
      summarise: [t.actionSummarise, t.actionSummariseHint],
      draft: [t.actionDraft, t.actionDraftHint],
      rewrite: [t.actionRewrite, t.actionRewriteHint],
      correct: [t.actionCorrect, t.actionCorrectHint],
      translate: [t.actionTranslate, t.actionTranslateHint],
      question: [t.actionQuestion, t.actionQuestionHint],
      reply: [t.actionReply, t.actionReplyHint],
    } satisfies Record<Action, [string, string]>,
    source: {
      selection: t.sourceSelection,
      document: t.sourceDocument,
      message: t.sourceMessage,
      thread: t.sourceThread,
      draft: t.sourceDraft,
      none: "",
    } satisfies Record<SourceKind, string>,
    format: { short: t.formatShort, bullets: t.formatBullets, detailed: t.formatDetailed },
    kind: { letter: t.kindLetter, note: t.kindNote, convocation: t.kindConvocation, email: t.kindEmail },
    style: { plain: t.stylePlain, formal: t.styleFormal, shorter: t.styleShorter },
  };
}

/** One of an action's options, as a labelled native select (keyboard and screen readers know it). */
function OptionSelect<T extends string>({
  label,
  value,
  options,
  labels,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly T[];
  labels: Record<string, string>;
  onChange: (value: T) => void;
}) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, data) => onChange(data.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The first screen: which action, on which text, with which options. */
export function Home({
  t,
  surface,
  enabled,
  onStart,
}: {
  t: Catalogue;
  surface: HostContext["surface"];
  enabled: readonly Action[];
  onStart: (request: ActionRequest) => void;
}) {
  const styles = useStyles();
  const text = labels(t);
  const offers = offersFor(surface, enabled);
  const [action, setAction] = useState<Action | undefined>(offers[0]?.action);
  const [sources, setSources] = useState<Partial<Record<Action, SourceKind>>>({});
  const [format, setFormat] = useState<SummaryFormat>("bullets");
  const [kind, setKind] = useState<DraftKind>(surface === "compose" ? "email" : "letter");
  const [style, setStyle] = useState<RewriteStyle>("plain");
  const [target, setTarget] = useState<TranslationTarget>("en");
  const [instructions, setInstructions] = useState("");
  const [question, setQuestion] = useState("");

  const offer = offers.find((o) => o.action === action);
  if (!offer) return <p>{t.noActionEnabled}</p>;
  const source = sources[offer.action] ?? offer.sources[0]!;

  function spec(): ActionSpec {
    switch (offer!.action) {
      case "summarise":
        return {
          action: "summarise",
          format,
          source: source === "thread" ? "thread" : source === "message" ? "message" : "text",
        };
      case "draft":
        return { action: "draft", kind, instructions };
      case "rewrite":
        return { action: "rewrite", style };
      case "correct":
        return { action: "correct" };
      case "translate":
        return { action: "translate", target };
      case "question":
        return { action: "question", question };
      case "reply":
        return { action: "reply", instructions };
    }
  }
  const needsText =
    (offer.action === "draft" && !instructions.trim()) ||
    (offer.action === "question" && !question.trim());

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!needsText) onStart({ spec: spec(), source });
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="home-title">
      <h2 id="home-title" className={styles.title}>
        {t.homeTitle}
      </h2>
      <RadioGroup
        aria-labelledby="home-title"
        value={offer.action}
        onChange={(_, data) => setAction(data.value as Action)}
      >
        {offers.map(({ action: id }) => (
          <Radio
            key={id}
            value={id}
            label={
              <>
                {text.action[id][0]}
                <span className={styles.hint}>{text.action[id][1]}</span>
              </>
            }
          />
        ))}
      </RadioGroup>
      {offer.sources.length > 1 && (
        <Field label={t.sourceLabel}>
          <RadioGroup
            layout="horizontal"
            value={source}
            onChange={(_, data) =>
              setSources({ ...sources, [offer.action]: data.value as SourceKind })
            }
          >
            {offer.sources.map((kindOfSource) => (
              <Radio key={kindOfSource} value={kindOfSource} label={text.source[kindOfSource]} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {offer.action === "summarise" && (
        <OptionSelect
          label={t.formatLabel}
          value={format}
          options={SUMMARY_FORMATS}
          labels={text.format}
          onChange={setFormat}
        />
      )}
      {offer.action === "draft" && (
        <OptionSelect
          label={t.kindLabel}
          value={kind}
          options={DRAFT_KINDS}
          labels={text.kind}
          onChange={setKind}
        />
      )}
      {offer.action === "rewrite" && (
        <OptionSelect
          label={t.styleLabel}
          value={style}
          options={REWRITE_STYLES}
          labels={text.style}
          onChange={setStyle}
        />
      )}
      {offer.action === "translate" && (
        <OptionSelect
          label={t.targetLabel}
          value={target}
          options={TRANSLATION_TARGETS}
          labels={t.targets}
          onChange={setTarget}
        />
      )}
      {(offer.action === "draft" || offer.action === "reply") && (
        <Field label={t.instructionsLabel} required={offer.action === "draft"}>
          <Textarea
            value={instructions}
            placeholder={t.instructionsPlaceholder}
            resize="vertical"
            rows={4}
            onChange={(_, data) => setInstructions(data.value)}
          />
        </Field>
      )}
      {offer.action === "question" && (
        <Field label={t.questionLabel} required>
          <Textarea
            value={question}
            placeholder={t.questionPlaceholder}
            resize="vertical"
            rows={3}
            onChange={(_, data) => setQuestion(data.value)}
          />
        </Field>
      )}
      <Button appearance="primary" type="submit" disabled={needsText}>
        {t.continue}
      </Button>
    </form>
  );
}
