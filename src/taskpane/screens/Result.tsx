import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { SOURCE_ECHOING_ACTIONS } from "../../assistant/actions.ts";
import { ChatError } from "../../assistant/chat-client.ts";
import { runAction } from "../../assistant/run-action.ts";
import { Vault } from "../../redaction/vault.ts";
import type { Session } from "../app/session.ts";
import { Problem } from "../components/Problem.tsx";
import { copyText } from "../components/copy-text.ts";
import { outgoingSpec, type Prepared } from "../state/prepared.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  answer: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: "6em",
    maxHeight: "50vh",
    overflowY: "auto",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/**
 * The context window assumed for the model, in tokens: one every Mistral chat model has, so that a
 * long document is read in parts a model summarises well, whatever the admin allows.
 */
const MODEL_CONTEXT_TOKENS = 32_000;

type Phase =
  | { name: "running"; done?: number; total?: number; merging?: boolean }
  | { name: "done"; unknown: string[] }
  | { name: "stopped"; error: unknown };

/**
 * Sends the request and shows the answer as it streams, originals already restored. Nothing goes
 * into the document until the user picks what to do with the answer.
 */
export function Result({
  session,
  prepared,
  model,
  onNew,
}: {
  session: Session;
  prepared: Prepared;
  model: string | undefined;
  onNew: () => void;
}) {
  const { t, host, policy } = session;
  const styles = useStyles();
  const [text, setText] = useState("");
  const [phase, setPhase] = useState<Phase>({ name: "running" });
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [trackChanges, setTrackChanges] = useState(false);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    let received = "";
    void (async () => {
      try {
        const events = runAction({
          client: session.chat,
          spec: outgoingSpec(prepared),
          source: {
            text: prepared.redaction.texts[0]?.text ?? "",
            headingStarts: shiftedHeadings(prepared),
            writings: prepared.redaction.texts[0]?.spans ?? [],
          },
          vault: Vault.fromJSON(prepared.redaction.vault),
          ...(model !== undefined && { model }),
          signal: abort.signal,
          budget: {
            maxRequestChars: policy.limits.maxRequestChars,
            contextTokens: MODEL_CONTEXT_TOKENS,
          },
        });
        for await (const event of events) {
          if (event.type === "text") {
            received += event.text;
            setText(received);
          } else if (event.type === "progress") {
            setPhase({
              name: "running",
              done: event.done,
              total: event.total,
              merging: event.phase === "merge",
            });
          } else if (event.type === "done") {
            setText(event.text);
            setPhase({ name: "done", unknown: event.unknownPlaceholders });
          }
        }
      } catch (error) {
        setPhase({ name: "stopped", error });
      }
    })();
    return () => abort.abort();
  }, [session.chat, prepared, model, policy.limits.maxRequestChars]);

  async function perform(operation: () => Promise<void>, done: string) {
    setFailure(null);
    setNotice(null);
    try {
      await operation();
      setNotice(done);
    } catch (error) {
      setFailure(error);
    }
  }

  const caps = host.capabilities;
  const running = phase.name === "running";
  const cancelled =
    phase.name === "stopped" &&
    phase.error instanceof ChatError &&
    phase.error.kind === "cancelled";
  const usable = !running && text.trim() !== "";
  const editsSelection = SOURCE_ECHOING_ACTIONS.has(prepared.request.spec.action);

  return (
    <section className={styles.root} aria-labelledby="result-title">
      <h2 id="result-title" className={styles.title}>
        {t.resultTitle}
      </h2>
      {running && (
        <>
          <Text role="status">
            {phase.merging
              ? t.resultMerging
              : phase.total
                ? t.resultProgress(phase.done ?? 0, phase.total)
                : t.resultWriting}
          </Text>
          <ProgressBar
            aria-label={t.resultWriting}
            {...(phase.total ? { value: (phase.done ?? 0) / phase.total } : {})}
          />
          <Button onClick={() => controller.current?.abort()}>{t.resultCancel}</Button>
        </>
      )}
      <div
        className={styles.answer}
        data-testid="answer"
        aria-live="polite"
        aria-busy={running}
        tabIndex={0}
        // An empty box after a stop or a failure says nothing: hidden, yet still announced when filled.
        hidden={!running && text === ""}
      >
        {text}
      </div>
      {phase.name === "done" && (
        <MessageBar
          intent={phase.unknown.length ? "warning" : "success"}
          role="status"
          aria-labelledby={undefined}
        >
          <MessageBarBody>
            {phase.unknown.length
              ? t.resultUnknownPlaceholders(phase.unknown.join(", "))
              : t.resultDone}
          </MessageBarBody>
        </MessageBar>
      )}
      {cancelled && (
        <MessageBar intent="info" role="status" aria-labelledby={undefined}>
          <MessageBarBody>{t.resultCancelled}</MessageBarBody>
        </MessageBar>
      )}
      {phase.name === "stopped" && !cancelled && <Problem t={t} error={phase.error} />}
      {failure !== null && <Problem t={t} error={failure} onDismiss={() => setFailure(null)} />}
      {notice && (
        <MessageBar intent="success" role="status" aria-labelledby={undefined}>
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {usable && (
        <div className={styles.actions}>
          {caps.replaceSelection && editsSelection && (
            <Button
              appearance="primary"
              onClick={() =>
                void perform(() => host.replaceSelection(text, { trackChanges }), t.replaced)
              }
            >
              {t.replaceSelection}
            </Button>
          )}
          {caps.insertIntoDraft && (
            <Button
              appearance={editsSelection ? "secondary" : "primary"}
              onClick={() => void perform(() => host.insertIntoDraft(text), t.inserted)}
            >
              {t.insertIntoDraft}
            </Button>
          )}
          {caps.insertAtCursor && (
            <Button
              appearance={editsSelection || caps.insertIntoDraft ? "secondary" : "primary"}
              onClick={() => void perform(() => host.insertAtCursor(text), t.inserted)}
            >
              {t.insertAtCursor}
            </Button>
          )}
          {caps.replaceSelection && !editsSelection && (
            <Button
              onClick={() =>
                void perform(() => host.replaceSelection(text, { trackChanges }), t.replaced)
              }
            >
              {t.replaceSelection}
            </Button>
          )}
          {caps.comment && (
            <Button onClick={() => void perform(() => host.addComment(text), t.commented)}>
              {t.addComment}
            </Button>
          )}
          {caps.reply && (
            <Button
              appearance="primary"
              onClick={() => void perform(() => host.openReply(text), t.replyOpened)}
            >
              {t.openReply}
            </Button>
          )}
          <Button onClick={() => void perform(() => copyText(text), t.copied)}>{t.copy}</Button>
        </div>
      )}
      {usable && caps.trackChanges && caps.replaceSelection && (
        <Checkbox
          checked={trackChanges}
          label={t.trackChanges}
          onChange={(_, data) => setTrackChanges(Boolean(data.checked))}
        />
      )}
      {!running && <Button onClick={onNew}>{t.newRequest}</Button>}
    </section>
  );
}

/** The source's heading offsets, moved to where they fall in the pseudonymised text. */
function shiftedHeadings(prepared: Prepared): number[] {
  const source = prepared.redaction.texts[0];
  if (!source) return [];
  return prepared.source.headingStarts.map((start) => {
    let shift = 0;
    for (const span of source.spans) {
      if (span.start >= start) break;
      shift = span.outEnd - span.end;
    }
    return start + shift;
  });
}
