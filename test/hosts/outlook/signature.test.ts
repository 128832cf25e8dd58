import { describe, expect, it } from "vitest";
import { signatureStart, signatureStartInHtml } from "../../../src/hosts/outlook/signature.ts";
import * as bodies from "./mail-bodies.ts";

describe("signature in plain text", () => {
  it("starts at the '-- ' delimiter, with or without its trailing space", () => {
    const draft = "Bonjour,\n\nVoici le compte rendu.\n\n-- \nJean Dupont\nService urbanisme";
    expect(draft.slice(signatureStart(draft))).toBe("-- \nJean Dupont\nService urbanisme");
    expect(signatureStart("Texte\r\n--\r\nJean")).toBe(7);
  });

  it("is not a dash rule nor a dash inside a line", () => {
    expect(signatureStart("Texte\n---\nSuite -- fin\n--- \n")).toBeUndefined();
  });
});

describe("signature in HTML", () => {
  const startsWith = (html: string, marker: string) => {
    const start = signatureStartInHtml(html);
    expect(start).toBeDefined();
    expect(html.slice(start)).toMatch(new RegExp(`^${marker}`));
  };

  it("Outlook on the web and new Outlook: the Signature div", () => {
    startsWith(bodies.OWA_REPLY_HTML, '<div id="Signature">');
    startsWith(bodies.OWA_NEW_HTML, '<div id="Signature" class="elementToProof">');
  });

  it("Outlook for Windows: the paragraph holding the _MailAutoSig bookmark", () => {
    startsWith(bodies.OUTLOOK_WINDOWS_REPLY_HTML, '<p class="MsoNormal"><a name="_MailAutoSig">');
  });

  it("Outlook mobile: its signature div", () => {
    startsWith(bodies.OUTLOOK_MOBILE_REPLY_HTML, '<div id="ms-outlook-mobile-signature"');
  });

  it("Gmail: the '-- ' prefix before gmail_signature", () => {
    startsWith(bodies.GMAIL_REPLY_HTML, '<span class="gmail_signature_prefix">');
  });

  it("a '-- ' line in the text: at the block holding it", () => {
    startsWith(bodies.APPLE_REPLY_HTML, "<div>--&nbsp;</div>");
  });

  it("not the signature of a quoted message, which Outlook prefixes with x_", () => {
    const quotedOnly = bodies.OWA_REPLY_HTML.replace(
      /<div id="Signature">.*?<\/div><\/div>\n/s,
      ""
    );
    expect(signatureStartInHtml(quotedOnly)).toBeUndefined();
  });
});
