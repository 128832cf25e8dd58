import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type KeyboardEvent, type ReactNode } from "react";
import type { Catalogue } from "../i18n/index.ts";
import type { MaskedSpan, RedactedText as Redacted } from "../redaction/review-redaction.ts";
import { entityColors } from "./entity-colors.ts";

const useStyles = makeStyles({
  text: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: "45vh",
    overflowY: "auto",
  },
  chip: {
    border: "none",
    borderRadius: tokens.borderRadiusSmall,
    padding: "0 2px",
    font: "inherit",
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * One Tab stop for the whole text, the arrow keys moving between its placeholders (a composite
 * widget): a keyboard user does not tab through every name of a long document to reach "Send".
 */
function movePlaceholderFocus(event: KeyboardEvent<HTMLDivElement>): void {
  const keys: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
  const step = keys[event.key];
  if (step === undefined && event.key !== "Home" && event.key !== "End") return;
  const chips = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button[data-placeholder]")];
  if (chips.length === 0) return;
  const at = chips.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    event.key === "Home"
      ? 0
      : event.key === "End"
        ? chips.length - 1
        : at === -1
          ? step === 1
            ? 0
            : chips.length - 1
          : Math.min(chips.length - 1, Math.max(0, at + step!));
  event.preventDefault();
  chips[next]!.focus();
}

/** Characters shown at first, then added by "show more": laying out more would block the pane for over 50 ms. */
const PAGE = 8_000;

/**
 * The text as it will leave, each masked value shown as its placeholder, coloured by type. A
 * placeholder is a button: it tells the original and, where the policy allows, unmasks it.
 */
export function RedactedText({
  t,
  redacted,
  onSpan,
  id,
}: {
  t: Catalogue;
  redacted: Redacted;
  onSpan: (span: MaskedSpan) => void;
  id?: string;
}) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const { text, spans } = redacted;
  const end = Math.min(shown, text.length);
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.outStart >= end) break;
    parts.push(text.slice(cursor, span.outStart));
    const colors = entityColors(span.type);
    parts.push(
      <button
        key={span.outStart}
        type="button"
        className={styles.chip}
        style={{ background: colors.background, color: colors.color }}
        data-placeholder={span.placeholder}
        tabIndex={-1}
        title={span.original}
        aria-label={`${span.placeholder} : ${t.entityTypes[span.type]}, ${span.original}`}
        onClick={() => onSpan(span)}
      >
        {span.placeholder}
      </button>
    );
    cursor = span.outEnd;
  }
  if (cursor < end) parts.push(text.slice(cursor, end));
  const remainingParagraphs = end < text.length ? text.slice(end).split("\n").length : 0;
  return (
    <>
      <div
        className={styles.text}
        id={id}
        data-testid="redacted-text"
        tabIndex={0}
        onKeyDown={movePlaceholderFocus}
      >
        {parts}
      </div>
      {remainingParagraphs > 0 && (
        <Button appearance="secondary" onClick={() => setShown(shown + PAGE)}>
          {t.reviewMore(remainingParagraphs)}
        </Button>
      )}
    </>
  );
}
