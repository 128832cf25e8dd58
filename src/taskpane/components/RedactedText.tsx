import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
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

/** Characters shown at first, then added by "show more": a 300-page text would drown the pane. */
const PAGE = 20_000;

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
      <div className={styles.text} id={id} data-testid="redacted-text" tabIndex={0}>
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
