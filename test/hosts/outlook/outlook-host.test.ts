import { describe, expect, it } from "vitest";
import { HostError, type HostTheme } from "../../../src/hosts/host.ts";
import { createOutlookHost } from "../../../src/hosts/outlook/outlook-host.ts";
import { REPLY_LIMIT } from "../../../src/hosts/outlook/read-host.ts";
import { fakeOutlook, mail, type FakeMail, type FakeOutlookOptions } from "./fake-outlook.ts";
import * as bodies from "./mail-bodies.ts";

const SECRET = "Jean DUPONT, né le 12/03/1961";

function outlookHost(message: FakeMail, options: FakeOutlookOptions) {
  return createOutlookHost(fakeOutlook(message, options).office);
}

const reading = (message: FakeMail, overrides: Partial<FakeOutlookOptions> = {}) =>
  outlookHost(message, { surface: "read", mailbox: "1.9", ...overrides });
const writing = (message: FakeMail, overrides: Partial<FakeOutlookOptions> = {}) =>
  outlookHost(message, { surface: "compose", mailbox: "1.9", ...overrides });

async function hostError(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

function expectNoContent(error: HostError, ...contents: string[]): void {
  const told = `${error.message} ${JSON.stringify(error.cause ?? null)}`;
  for (const content of contents) expect(told).not.toContain(content);
}

describe("Outlook host: surfaces", () => {
  it("a message being read: reply and thread, nothing written into it", () => {
    const host = reading(mail(bodies.OUTLOOK_FR_TEXT));
    expect(host.context).toEqual({ app: "outlook", surface: "read", displayLanguage: "fr-FR" });
    expect(host.capabilities).toEqual({
      insertAtCursor: false,
      replaceSelection: false,
      trackChanges: false,
      comment: false,
      reply: true,
      insertIntoDraft: false,
      readThread: true,
    });
  });

  it("a message being written: selection and draft", () => {
    const host = writing(mail(bodies.OWA_REPLY_HTML));
    expect(host.context.surface).toBe("compose");
    expect(host.capabilities).toEqual({
      insertAtCursor: true,
      replaceSelection: true,
      trackChanges: false,
      comment: false,
      reply: false,
      insertIntoDraft: true,
      readThread: false,
    });
  });

  it("refuses what a surface cannot do", async () => {
    const read = reading(mail(bodies.OUTLOOK_FR_TEXT));
    for (const refused of [
      read.insertAtCursor("x"),
      read.replaceSelection("x", { trackChanges: false }),
      read.addComment("x"),
      read.insertIntoDraft("x"),
    ]) {
      expect((await hostError(refused)).code).toBe("unsupported");
    }
    const compose = writing(mail(bodies.OWA_REPLY_HTML));
    for (const refused of [compose.readThread(), compose.openReply("x"), compose.addComment("x")]) {
      expect((await hostError(refused)).code).toBe("unsupported");
    }
  });
});

describe("Outlook host: reading a message", () => {
  it("has no selection to give", async () => {
    expect(await reading(mail(bodies.OUTLOOK_FR_TEXT)).readSelection()).toBe("");
  });

  it("reads the message without its quoted history", async () => {
    const message = mail(bodies.OUTLOOK_FR_TEXT.replaceAll("\n", "\r\n"));
    expect(await reading(message).readDocument()).toEqual({
      text: bodies.NEW_TEXT,
      headingStarts: [],
    });
  });

  it("reads the whole thread, '>' removed, each quoted message a heading", async () => {
    const thread = await reading(mail(bodies.THREAD_TEXT)).readThread();
    expect(thread.text).toContain("Bonjour, voici ma demande.");
    expect(thread.text).not.toMatch(/^>/m);
    expect(thread.headingStarts).toHaveLength(3);
  });

  it("turns a failed read into host-failed, with no content in the error", async () => {
    const error = await hostError(reading(mail(SECRET), { failOn: "getAsync" }).readDocument());
    expect(error.code).toBe("host-failed");
    expect(error.message).toContain("9002");
    expectNoContent(error, "Jean", "DUPONT");
  });
});

describe("Outlook host: opening a reply", () => {
  it("opens a reply form holding the text, escaped, in paragraphs", async () => {
    const message = mail(bodies.OUTLOOK_FR_TEXT);
    await reading(message).openReply(
      "Madame,\n\nLe dossier <complet> est transmis.\nCordialement,"
    );
    expect(message.replies).toEqual([
      "<p>Madame,</p><p>Le dossier &lt;complet&gt; est transmis.<br>Cordialement,</p>",
    ]);
  });

  it("before Mailbox 1.9, through displayReplyForm", async () => {
    const message = mail(bodies.OUTLOOK_FR_TEXT);
    await reading(message, { mailbox: "1.3" }).openReply("Bien reçu.");
    expect(message.replies).toEqual(["<p>Bien reçu.</p>"]);
  });

  it("refuses a reply over Outlook's 32 KB, opening nothing", async () => {
    const message = mail(bodies.OUTLOOK_FR_TEXT);
    const host = reading(message);
    const fits = "a".repeat(REPLY_LIMIT - "<p></p>".length);
    await host.openReply(fits);
    expect(message.replies).toHaveLength(1);

    const error = await hostError(host.openReply(`${fits}a`));
    expect(error.code).toBe("too-long");
    expect(error.limit).toBe(32768);
    const escapedTooLong = await hostError(host.openReply("<".repeat(REPLY_LIMIT / 4)));
    expect(escapedTooLong.code).toBe("too-long");
    expect(message.replies).toHaveLength(1);
  });

  it("turns Outlook's refusal into host-failed without the reply's text", async () => {
    for (const failOn of ["displayReplyFormAsync", "displayReplyForm"] as const) {
      const message = mail(bodies.OUTLOOK_FR_TEXT);
      const host = reading(message, {
        failOn,
        mailbox: failOn === "displayReplyForm" ? "1.3" : "1.9",
      });
      const error = await hostError(host.openReply(SECRET));
      expect(error.code).toBe("host-failed");
      expectNoContent(error, "Jean", "DUPONT");
      expect(message.replies).toEqual([]);
    }
  });
});

describe("Outlook host: writing a message", () => {
  const greeting = bodies.OWA_REPLY_HTML.indexOf("Bonjour Madame,");

  it("reads the selected text", async () => {
    const message = mail(bodies.OWA_REPLY_HTML, {
      selection: { start: greeting, end: greeting + 7, in: "body" },
    });
    expect(await writing(message).readSelection()).toBe("Bonjour");
  });

  it("reads the draft above the signature and the quoted history", async () => {
    expect(await writing(mail(bodies.OWA_REPLY_HTML)).readDocument()).toEqual({
      text: "Bonjour Madame,\n\nJe vous confirme le rendez-vous du 12\u00a0mars.",
      headingStarts: [],
    });
    const plain = mail(
      `Texte du brouillon.\r\n\r\n-- \r\nJean\r\n\r\n${bodies.OUTLOOK_CLASSIC_FR_TEXT}`,
      {
        bodyType: "text",
      }
    );
    expect(await writing(plain).readDocument()).toEqual({
      text: "Texte du brouillon.",
      headingStarts: [],
    });
  });

  it("inserts at the cursor, escaped HTML in an HTML body", async () => {
    const message = mail(bodies.OWA_REPLY_HTML, {
      selection: { start: greeting, end: greeting, in: "body" },
    });
    await writing(message).insertAtCursor("Objet : <urgent>\nSuite");
    expect(message.writes).toEqual([
      {
        method: "setSelectedDataAsync",
        data: "Objet : &lt;urgent&gt;<br>Suite",
        coercionType: "html",
      },
    ]);
    expect(message.body).toBe(
      bodies.OWA_REPLY_HTML.replace(
        "Bonjour Madame,",
        "Objet : &lt;urgent&gt;<br>SuiteBonjour Madame,"
      )
    );
  });

  it("writes plain text in a text body, and one line in the subject", async () => {
    const plain = mail("Bonjour,\n", {
      bodyType: "text",
      selection: { start: 9, end: 9, in: "body" },
    });
    await writing(plain).insertAtCursor("<Texte>\nsuite");
    expect(plain.body).toBe("Bonjour,\n<Texte>\nsuite");
    expect(plain.writes[0]?.coercionType).toBe("text");

    const subject = mail(bodies.OWA_REPLY_HTML, { selection: { start: 0, end: 7, in: "subject" } });
    await writing(subject).replaceSelection("Réponse :\nrendez-vous", { trackChanges: false });
    expect(subject.subject).toBe("Réponse : rendez-vous de rendez-vous");
    expect(subject.body).toBe(bodies.OWA_REPLY_HTML);
  });

  it("replaces the selection", async () => {
    const start = bodies.OWA_REPLY_HTML.indexOf("Je vous confirme");
    const end = bodies.OWA_REPLY_HTML.indexOf("mars.") + 5;
    const message = mail(bodies.OWA_REPLY_HTML, { selection: { start, end, in: "body" } });
    await writing(message).replaceSelection("Le rendez-vous est confirmé & noté.", {
      trackChanges: false,
    });
    expect(message.body).toContain(">Le rendez-vous est confirmé &amp; noté.</div>");
  });

  it("says no-selection on an empty selection, and writes nothing", async () => {
    const message = mail(bodies.OWA_REPLY_HTML, {
      selection: { start: greeting, end: greeting, in: "body" },
    });
    const error = await hostError(
      writing(message).replaceSelection("Autre", { trackChanges: false })
    );
    expect(error.code).toBe("no-selection");
    expect(message.body).toBe(bodies.OWA_REPLY_HTML);
  });

  it("has no tracked changes", async () => {
    const message = mail(bodies.OWA_REPLY_HTML, {
      selection: { start: greeting, end: greeting + 7, in: "body" },
    });
    const error = await hostError(
      writing(message).replaceSelection("Autre", { trackChanges: true })
    );
    expect(error.code).toBe("unsupported");
    expect(message.body).toBe(bodies.OWA_REPLY_HTML);
  });

  it("inserts into the draft above the signature, the rest of the body byte for byte", async () => {
    const message = mail(bodies.OWA_REPLY_HTML);
    await writing(message).insertIntoDraft("Madame,\n\nVotre demande est accordée.");
    const signature = bodies.OWA_REPLY_HTML.indexOf('<div id="Signature">');
    expect(message.body).toBe(
      `${bodies.OWA_REPLY_HTML.slice(0, signature)}<p>Madame,</p><p>Votre demande est accordée.</p>${bodies.OWA_REPLY_HTML.slice(signature)}`
    );
    expect(message.writes).toEqual([
      { method: "setAsync", data: message.body, coercionType: "html" },
    ]);
  });

  it("keeps what the user types while the draft is being read, the text inserted after it", async () => {
    const message = mail(bodies.OUTLOOK_CLASSIC_EN_TEXT, { bodyType: "text" });
    const typed = "Thanks, ";
    // Outlook writes at the draft's end only by writing the whole body: typing between the
    // read and the write used to be overwritten.
    const host = writing(message, {
      typeAfterRead: (typing, reads) => {
        if (reads === 1) typing.body = typed + typing.body;
      },
    });
    await host.insertIntoDraft("See you on Thursday.");
    expect(message.body).toBe(
      typed +
        bodies.OUTLOOK_CLASSIC_EN_TEXT.replace(
          "-----Original",
          "See you on Thursday.\n\n-----Original"
        )
    );
    expect(message.writes).toHaveLength(1);
  });

  it("writes nothing into a draft that keeps changing, and says why", async () => {
    const message = mail(bodies.OWA_REPLY_HTML);
    const host = writing(message, {
      typeAfterRead: (typing, reads) => {
        typing.body = typing.body.replace(
          '<body dir="ltr">',
          `<body dir="ltr">${"x".repeat(reads)}`
        );
      },
    });
    const error = await hostError(host.insertIntoDraft(SECRET));
    expect(error.code).toBe("changed-meanwhile");
    expectNoContent(error, "Jean", "DUPONT");
    expect(message.writes).toEqual([]);
    expect(message.body).toContain('<body dir="ltr">xxx');
    expect(message.body).not.toContain(SECRET);
  });

  it("inserts into a plain-text draft above the quoted history", async () => {
    const message = mail(bodies.OUTLOOK_CLASSIC_EN_TEXT, { bodyType: "text" });
    await writing(message).insertIntoDraft("See you on Thursday.");
    expect(message.body).toBe(
      bodies.OUTLOOK_CLASSIC_EN_TEXT.replace(
        "-----Original",
        "See you on Thursday.\n\n-----Original"
      )
    );
  });

  it.each([
    ["insertIntoDraft", "getTypeAsync"],
    ["insertIntoDraft", "getAsync"],
    ["insertIntoDraft", "setAsync"],
    ["replaceSelection", "getSelectedDataAsync"],
    ["replaceSelection", "getTypeAsync"],
    ["replaceSelection", "setSelectedDataAsync"],
    ["insertAtCursor", "getSelectedDataAsync"],
    ["insertAtCursor", "setSelectedDataAsync"],
  ] as const)(
    "%s: when %s fails, leaves the body as it was and says nothing of it",
    async (action, failOn) => {
      const message = mail(bodies.OWA_REPLY_HTML, {
        selection: { start: greeting, end: greeting + 7, in: "body" },
      });
      const host = writing(message, { failOn });
      const error = await hostError(
        action === "replaceSelection"
          ? host.replaceSelection(SECRET, { trackChanges: false })
          : host[action](SECRET)
      );
      expect(error.code).toBe("host-failed");
      expectNoContent(error, "Jean", "DUPONT", "Bonjour Madame");
      expect(message.body).toBe(bodies.OWA_REPLY_HTML);
      expect(message.writes).toEqual([]);
    }
  );
});

describe("Outlook host: theme", () => {
  const dark = { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" };
  const light = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#242424" };

  it("reads Outlook's theme, dark by the body background's luminance", () => {
    const host = outlookHost(mail(""), { surface: "read", mailbox: "1.14", officeTheme: dark });
    expect(host.readTheme()).toEqual({
      dark: true,
      bodyBackground: "#1F1F1F",
      bodyForeground: "#FFFFFF",
    });
  });

  it("follows OfficeThemeChanged from Mailbox 1.14, one Outlook handler for all listeners", () => {
    const outlook = fakeOutlook(mail(""), {
      surface: "compose",
      mailbox: "1.14",
      officeTheme: light,
    });
    const host = createOutlookHost(outlook.office);
    const first: HostTheme[] = [];
    const second: HostTheme[] = [];
    const stopFirst = host.onThemeChange((theme) => first.push(theme));
    const stopSecond = host.onThemeChange((theme) => second.push(theme));
    expect(outlook.themeHandlers()).toBe(1);

    outlook.changeTheme(dark);
    expect(first.map((theme) => theme.dark)).toEqual([true]);
    expect(second.map((theme) => theme.dark)).toEqual([true]);

    stopFirst();
    outlook.changeTheme(light);
    expect(first).toHaveLength(1);
    expect(second.map((theme) => theme.dark)).toEqual([true, false]);
    expect(outlook.themeHandlers()).toBe(1);

    stopSecond();
    expect(outlook.themeHandlers()).toBe(0);
  });

  it("registers nothing before Mailbox 1.14", () => {
    const outlook = fakeOutlook(mail(""), { surface: "read", mailbox: "1.13" });
    const host = createOutlookHost(outlook.office);
    const stop = host.onThemeChange(() => undefined);
    expect(outlook.themeHandlers()).toBe(0);
    stop();
    expect(host.readTheme()).toBeUndefined();
  });
});
