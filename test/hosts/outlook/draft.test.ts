import { describe, expect, it } from "vitest";
import {
  draftTextOfHtml,
  draftTextOfText,
  insertIntoHtmlDraft,
  insertIntoTextDraft,
} from "../../../src/hosts/outlook/draft.ts";
import * as bodies from "./mail-bodies.ts";

const FRAGMENT = "<p>Texte inséré</p>";

/** `html` with FRAGMENT right before `marker`, every other byte as it was. */
const insertedBefore = (html: string, marker: string) => {
  const at = html.indexOf(marker);
  expect(at).toBeGreaterThan(-1);
  return html.slice(0, at) + FRAGMENT + html.slice(at);
};

describe("reading the draft", () => {
  it("Outlook on the web: what the user wrote, not the signature nor the quoted message", () => {
    expect(draftTextOfHtml(bodies.OWA_REPLY_HTML)).toBe(
      "Bonjour Madame,\n\nJe vous confirme le rendez-vous du 12\u00a0mars."
    );
  });

  it("Outlook for Windows, Outlook mobile, Gmail, Apple Mail", () => {
    expect(draftTextOfHtml(bodies.OUTLOOK_WINDOWS_REPLY_HTML)).toBe(
      "Bonjour,\nLe dossier est transmis."
    );
    expect(draftTextOfHtml(bodies.OUTLOOK_MOBILE_REPLY_HTML)).toBe("Reçu, merci.");
    expect(draftTextOfHtml(bodies.GMAIL_REPLY_HTML)).toBe("Merci, c'est noté.");
    expect(draftTextOfHtml(bodies.APPLE_REPLY_HTML)).toBe("D'accord pour jeudi.");
  });

  it("a new message without signature: all of it, entities decoded", () => {
    expect(draftTextOfHtml(bodies.BARE_HTML)).toBe("Premier jet <à relire>");
  });

  it("a plain-text draft: above the '-- ' signature and the quoted message", () => {
    expect(
      draftTextOfText(`Texte du brouillon.\n\n-- \nJean\n\n${bodies.OUTLOOK_CLASSIC_FR_TEXT}`)
    ).toBe("Texte du brouillon.");
    expect(draftTextOfText(bodies.OUTLOOK_FR_TEXT)).toBe(bodies.NEW_TEXT);
  });
});

describe("inserting into the draft", () => {
  it("Outlook on the web: above the signature, the rest byte for byte", () => {
    expect(insertIntoHtmlDraft(bodies.OWA_REPLY_HTML, FRAGMENT)).toBe(
      insertedBefore(bodies.OWA_REPLY_HTML, '<div id="Signature">')
    );
  });

  it("a reply without signature: above the quoted history", () => {
    expect(insertIntoHtmlDraft(bodies.OWA_REPLY_NO_SIGNATURE_HTML, FRAGMENT)).toBe(
      insertedBefore(bodies.OWA_REPLY_NO_SIGNATURE_HTML, '<div id="appendonsend">')
    );
  });

  it("Outlook for Windows: above the bookmarked signature paragraph", () => {
    expect(insertIntoHtmlDraft(bodies.OUTLOOK_WINDOWS_REPLY_HTML, FRAGMENT)).toBe(
      insertedBefore(
        bodies.OUTLOOK_WINDOWS_REPLY_HTML,
        '<p class="MsoNormal"><a name="_MailAutoSig">'
      )
    );
  });

  it("a message with neither: at the end of the body", () => {
    expect(insertIntoHtmlDraft(bodies.BARE_HTML, FRAGMENT)).toBe(
      insertedBefore(bodies.BARE_HTML, "</body>")
    );
    expect(insertIntoHtmlDraft("<div>Fragment</div>", FRAGMENT)).toBe(
      `<div>Fragment</div>${FRAGMENT}`
    );
  });

  it("a plain-text draft: on lines of its own above the signature, in the body's line ends", () => {
    const body = "Bonjour,\r\n\r\n-- \r\nJean";
    expect(insertIntoTextDraft(body, "Ligne 1\nLigne 2")).toBe(
      "Bonjour,\r\n\r\nLigne 1\r\nLigne 2\r\n\r\n-- \r\nJean"
    );
    expect(insertIntoTextDraft("", "Texte")).toBe("Texte");
    expect(insertIntoTextDraft("Début", "Texte")).toBe("Début\nTexte");
  });
});
