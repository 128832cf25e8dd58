import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ShieldCheckmark24Regular } from "@fluentui/react-icons";
import type { Catalogue } from "../i18n/index.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The administration's note on what Plume does with data, acknowledged before first use. */
export function Charter({
  t,
  text,
  acknowledged,
  onAccept,
}: {
  t: Catalogue;
  text: string;
  acknowledged: boolean;
  onAccept: () => void;
}) {
  const styles = useStyles();
  const lines = text.split("\n").filter((line) => line.trim());
  return (
    <section className={styles.root} aria-labelledby="charter-title">
      <h1 id="charter-title" className={styles.title}>
        <ShieldCheckmark24Regular aria-hidden />
        {t.charterTitle}
      </h1>
      <Text>{t.charterIntro}</Text>
      <ul className={styles.text}>
        {lines.map((line, index) => (
          <li key={index}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
      <Button appearance="primary" onClick={onAccept}>
        {acknowledged ? t.back : t.charterAccept}
      </Button>
    </section>
  );
}
