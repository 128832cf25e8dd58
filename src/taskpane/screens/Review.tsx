import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { EntityType } from "../../redaction/entity-types.ts";
import { RedactedText } from "../components/RedactedText.tsx";
import { entityColors } from "../components/entity-colors.ts";
import type { Catalogue } from "../i18n/index.ts";
import type { MaskedSpan } from "../redaction/review-redaction.ts";
import type { PublicPolicy } from "../services/gateway-api.ts";
import type { Prepared } from "../state/prepared.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyle: "none", margin: 0, padding: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "10em" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  lifted: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The longest selection offered as a term to mask: beyond, it is a passage, not a name. */
const MAX_TERM = 120;

/**
 * What will leave, before it leaves: the text with its placeholders, the counts by type, and the
 * user's corrections (unmask where the policy allows, mask a missed term), each applied by masking again.
 */
export function Review({
  t,
  prepared,
  policy,
  skipAllowed,
  onRevise,
  onSend,
  onCancel,
}: {
  t: Catalogue;
  prepared: Prepared;
  policy: PublicPolicy;
  skipAllowed: boolean;
  onRevise: (alwaysMask: string[], lifted: string[]) => void;
  onSend: (skipNextTime: boolean) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [term, setTerm] = useState("");
  const [selected, setSelected] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [skip, setSkip] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const { redaction, alwaysMask, lifted } = prepared;
  const [source, instructions] = redaction.texts;
  const counts = Object.entries(redaction.counts) as Array<[EntityType, number]>;

  useEffect(() => {
    const onSelection = () => {
      const selection = document.getSelection();
      const container = textRef.current;
      const text = selection?.toString().trim() ?? "";
      const inside = container && selection?.anchorNode && container.contains(selection.anchorNode);
      setSelected(inside && text.length <= MAX_TERM && !text.includes("[") ? text : "");
    };
    document.addEventListener("selectionchange", onSelection);
    return () => document.removeEventListener("selectionchange", onSelection);
  }, []);

  function unmask(span: MaskedSpan) {
    if (!policy.entities.userMayLift.includes(span.type)) {
      setNotice(t.reviewLiftForbidden);
      return;
    }
    // Every writing of the entity, so that "M. DUPONT" is unmasked with "Jean Dupont".
    const originals = redaction.texts
      .flatMap((text) => text.spans)
      .filter((other) => other.placeholder === span.placeholder)
      .map((other) => other.original);
    setNotice(null);
    onRevise(alwaysMask, [...new Set([...lifted, ...originals])]);
  }

  function mask(value: string) {
    const clean = value.trim();
    if (!clean) return;
    setTerm("");
    setSelected("");
    onRevise([...new Set([...alwaysMask, clean])], lifted.filter((l) => l !== clean));
  }

  return (
    <section className={styles.root} aria-labelledby="review-title">
      <h1 id="review-title" className={styles.title}>
        {t.reviewTitle}
      </h1>
      <Text>{t.reviewIntro}</Text>
      {counts.length === 0 ? (
        <MessageBar intent="warning" aria-labelledby={undefined}>
          <MessageBarBody>{t.reviewNone}</MessageBarBody>
        </MessageBar>
      ) : (
        <section aria-label={t.reviewCounts}>
          <ul className={styles.counts} data-testid="review-counts">
            {counts.map(([type, count]) => (
              <li key={type}>
                <Badge appearance="tint" shape="rounded" style={entityColors(type)}>
                  {t.entityTypes[type]} : {count}
                </Badge>
              </li>
            ))}
          </ul>
        </section>
      )}
      {notice && (
        <MessageBar intent="info" role="status" aria-labelledby={undefined}>
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {source && source.text && (
        <div ref={textRef}>
          <Text size={200}>{t.reviewLiftHint}</Text>
          <RedactedText t={t} redacted={source} onSpan={unmask} />
        </div>
      )}
      {instructions && instructions.text && (
        <Field label={t.reviewInstructions}>
          <RedactedText t={t} redacted={instructions} onSpan={unmask} />
        </Field>
      )}
      {selected && (
        <Button onClick={() => mask(selected)}>{t.reviewMaskSelection(selected)}</Button>
      )}
      <form
        className={styles.row}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          mask(term);
        }}
      >
        <Field label={t.reviewAddMask} className={styles.grow}>
          <Input
            value={term}
            placeholder={t.reviewAddMaskPlaceholder}
            onChange={(_, data) => setTerm(data.value)}
          />
        </Field>
        <Button type="submit" disabled={!term.trim()}>
          {t.reviewAddMaskButton}
        </Button>
      </form>
      {lifted.length > 0 && (
        <Field label={t.reviewLifted}>
          <ul className={styles.lifted}>
            {lifted.map((value) => (
              <li key={value}>
                <Button
                  size="small"
                  onClick={() => onRevise(alwaysMask, lifted.filter((l) => l !== value))}
                >
                  {t.reviewRemask(value)}
                </Button>
              </li>
            ))}
          </ul>
        </Field>
      )}
      {skipAllowed && (
        <Checkbox
          checked={skip}
          label={t.reviewSkip}
          onChange={(_, data) => setSkip(Boolean(data.checked))}
        />
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => onSend(skip)}>
          {t.reviewSend}
        </Button>
        <Button onClick={onCancel}>{t.reviewCancel}</Button>
      </div>
    </section>
  );
}
