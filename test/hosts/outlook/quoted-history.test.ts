import { describe, expect, it } from "vitest";
import {
  quotedHistoryStart,
  quotedHistoryStartInHtml,
  quotedMessageStarts,
  tidyThread,
  withoutQuotedHistory,
} from "../../../src/hosts/outlook/quoted-history.ts";
import * as bodies from "./mail-bodies.ts";

const firstLineAt = (text: string, offset: number | undefined) =>
  offset === undefined ? undefined : text.slice(offset).split("\n")[0];

describe("quoted history in plain text", () => {
  it.each([
    ["Outlook on the web (French)", bodies.OUTLOOK_FR_TEXT, "________________________________"],
    ["Outlook for Windows (French)", bodies.OUTLOOK_CLASSIC_FR_TEXT, "-----Message d'origine-----"],
    ["Outlook for Windows (English)", bodies.OUTLOOK_CLASSIC_EN_TEXT, "-----Original Message-----"],
    [
      "Outlook's header alone",
      bodies.OUTLOOK_HEADER_ONLY_TEXT,
      "De\u00a0: Marie Martin <marie.martin@exemple.fr>",
    ],
    [
      "Gmail (French)",
      bodies.GMAIL_FR_TEXT,
      "Le lun. 3 mars 2025 à 10:02, Jean Dupont <jean.dupont@exemple.fr> a écrit\u00a0:",
    ],
    [
      "Gmail (French, wrapped)",
      bodies.GMAIL_FR_WRAPPED_TEXT,
      "Le lun. 3 mars 2025 à 10:02, Jean Dupont <",
    ],
    [
      "Gmail (English)",
      bodies.GMAIL_EN_TEXT,
      "On Mon, Mar 3, 2025 at 10:02 AM Jean Dupont <jean.dupont@example.org> wrote:",
    ],
    [
      "Thunderbird (French)",
      bodies.THUNDERBIRD_FR_TEXT,
      "Le 03/03/2025 à 10:02, Jean Dupont a écrit\u00a0:",
    ],
    ["quoted lines alone", bodies.QUOTED_ONLY_TEXT, "> Le dossier est-il complet ?"],
  ])("starts where %s opens the quoted message", (_client, body, opening) => {
    expect(firstLineAt(body, quotedHistoryStart(body))).toBe(opening);
  });

  it("leaves the new text of a reply", () => {
    expect(withoutQuotedHistory(bodies.OUTLOOK_FR_TEXT)).toBe(bodies.NEW_TEXT);
    expect(withoutQuotedHistory(bodies.OUTLOOK_CLASSIC_FR_TEXT)).toBe(bodies.NEW_TEXT);
    expect(withoutQuotedHistory(bodies.GMAIL_FR_TEXT)).toBe("Merci pour votre retour rapide.");
    expect(withoutQuotedHistory(bodies.QUOTED_ONLY_TEXT)).toBe("Oui, c'est exact.");
  });

  it("does not take a memo's header, a quotation in a letter or a lone '>' line for history", () => {
    expect(quotedHistoryStart(bodies.NO_HISTORY_TEXT)).toBeUndefined();
    expect(withoutQuotedHistory(bodies.NO_HISTORY_TEXT)).toBe(bodies.NO_HISTORY_TEXT);
  });

  it("finds each message of a thread", () => {
    const starts = quotedMessageStarts(bodies.THREAD_TEXT);
    expect(starts.map((start) => firstLineAt(bodies.THREAD_TEXT, start))).toEqual([
      "________________________________",
      "Le lun. 3 mars 2025 à 10:02, Jean Dupont <jean.dupont@mairie-exemple.fr> a écrit\u00a0:",
      "> Le dim. 2 mars 2025 à 18:40, Marie Martin <marie.martin@exemple.fr> a écrit\u00a0:",
    ]);
  });
});

describe("the whole thread, tidied", () => {
  it("keeps every message, drops the '>' prefixes, and gives where each quoted message opens", () => {
    const thread = tidyThread(bodies.THREAD_TEXT);
    expect(thread.text).not.toMatch(/^\s*>/m);
    expect(thread.text).toContain("Je transmets au service instructeur.");
    expect(thread.text).toContain("\nMerci d'envoyer le plan de masse.\n\nLe dim. 2 mars 2025");
    expect(thread.text.endsWith("\nBonjour, voici ma demande.")).toBe(true);
    expect(thread.headingStarts.map((start) => firstLineAt(thread.text, start))).toEqual([
      "________________________________",
      "Le lun. 3 mars 2025 à 10:02, Jean Dupont <jean.dupont@mairie-exemple.fr> a écrit\u00a0:",
      "Le dim. 2 mars 2025 à 18:40, Marie Martin <marie.martin@exemple.fr> a écrit\u00a0:",
    ]);
  });

  it("reads a message with no history as it is, with no headings", () => {
    expect(tidyThread("Bonjour,\r\n\r\nMerci.  \r\n")).toEqual({
      text: "Bonjour,\n\nMerci.",
      headingStarts: [],
    });
  });
});

describe("quoted history in HTML", () => {
  const startsWith = (html: string, marker: string) => {
    const start = quotedHistoryStartInHtml(html);
    expect(start).toBeDefined();
    expect(html.slice(start)).toMatch(new RegExp(`^${marker}`));
  };

  it("Outlook on the web: at its appendonsend marker", () => {
    startsWith(bodies.OWA_REPLY_HTML, '<div id="appendonsend">');
  });

  it("Outlook mobile: at the rule above divRplyFwdMsg", () => {
    startsWith(bodies.OUTLOOK_MOBILE_REPLY_HTML, '<hr tabindex="-1"');
  });

  it("Outlook for Windows: at the bordered header block", () => {
    startsWith(
      bodies.OUTLOOK_WINDOWS_REPLY_HTML,
      '<div style="border:none;border-top:solid #E1E1E1'
    );
  });

  it("Gmail: at gmail_quote, with Outlook's x_ prefix too", () => {
    startsWith(bodies.GMAIL_REPLY_HTML, '<div class="gmail_quote');
    startsWith(
      bodies.GMAIL_REPLY_HTML.replaceAll("gmail_", "x_gmail_"),
      '<div class="x_gmail_quote'
    );
  });

  it("Apple Mail: at the cite blockquote", () => {
    startsWith(bodies.APPLE_REPLY_HTML, '<blockquote type="cite">');
  });

  it("a separator in the text of the HTML: at the block holding it", () => {
    const html = `<div>Vu.</div><p class="MsoNormal">-----Message d'origine-----<br>De&nbsp;: X<br>Envoyé&nbsp;: lundi<br>Objet&nbsp;: Y</p>`;
    startsWith(html, '<p class="MsoNormal">-----');
  });

  it("none in a new message", () => {
    expect(quotedHistoryStartInHtml(bodies.OWA_NEW_HTML)).toBeUndefined();
    expect(quotedHistoryStartInHtml(bodies.BARE_HTML)).toBeUndefined();
  });
});
