import { describe, expect, it } from "vitest";
import { HostError } from "../../../src/hosts/host.ts";
import { createWordHost } from "../../../src/hosts/word/word-host.ts";
import { fakeOffice } from "./fake-office.ts";
import { fakeWord, wordDocument, type FakeDocument, type FakeWordOptions } from "./fake-word.ts";

const SECRET = "Jean DUPONT, né le 12/03/1961";

function wordHost(document: FakeDocument, options: FakeWordOptions = { wordApi: "1.4" }) {
  const office = fakeOffice({ requirementSets: { WordApi: options.wordApi } });
  return createWordHost(office, fakeWord(document, options));
}

const texts = (document: FakeDocument) => document.paragraphs.map((paragraph) => paragraph.text);

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

describe("Word host: context and capabilities", () => {
  it("is Word's document surface in Office's display language", () => {
    const office = fakeOffice({ requirementSets: { WordApi: "1.1" }, displayLanguage: "en-US" });
    const host = createWordHost(office, fakeWord(wordDocument([{ text: "" }]), { wordApi: "1.1" }));
    expect(host.context).toEqual({ app: "word", surface: "document", displayLanguage: "en-US" });
  });

  it("offers tracked changes and comments from WordApi 1.4 only", () => {
    const below = wordHost(wordDocument([{ text: "" }]), { wordApi: "1.3" }).capabilities;
    const from = wordHost(wordDocument([{ text: "" }]), { wordApi: "1.4" }).capabilities;
    expect(below).toEqual({
      insertAtCursor: true,
      replaceSelection: true,
      trackChanges: false,
      comment: false,
      reply: false,
      insertIntoDraft: false,
      readThread: false,
    });
    expect(from).toMatchObject({ trackChanges: true, comment: true });
  });
});

describe("Word host: reading", () => {
  it("reads the selected text, paragraph marks and line breaks as new lines", async () => {
    const document = wordDocument([{ text: "Vu la requête\rde M. Martin\vdu 3 mars" }], {
      paragraph: 0,
      start: 3,
      end: 26,
    });
    expect(await wordHost(document).readSelection()).toBe("la requête\nde M. Martin");
  });

  it("reads an empty selection as an empty string", async () => {
    const document = wordDocument([{ text: "Texte" }], { paragraph: 0, start: 2, end: 2 });
    expect(await wordHost(document).readSelection()).toBe("");
  });

  it("reads the body, paragraphs joined by new lines, with where headings start", async () => {
    const document = wordDocument([
      { text: "Jugement du 3 mars 2025", styleBuiltIn: "Title", outlineLevel: 10 },
      { text: "Faits", styleBuiltIn: "Heading1", outlineLevel: 1 },
      { text: "Le requérant expose que…", styleBuiltIn: "Normal", outlineLevel: 10 },
      { text: "Motifs", styleBuiltIn: "Other", outlineLevel: 2 },
      { text: "", styleBuiltIn: "Heading2", outlineLevel: 2 },
      { text: "Par ces motifs", styleBuiltIn: "Heading9", outlineLevel: 10 },
    ]);
    const read = await wordHost(document).readDocument();
    expect(read.text).toBe(
      "Jugement du 3 mars 2025\nFaits\nLe requérant expose que…\nMotifs\n\nPar ces motifs"
    );
    expect(read.headingStarts.map((start) => read.text.slice(start).split("\n")[0])).toEqual([
      "Jugement du 3 mars 2025",
      "Faits",
      "Motifs",
      "Par ces motifs",
    ]);
  });

  it("below WordApi 1.3, finds headings by outline level only", async () => {
    const document = wordDocument([
      { text: "Titre", styleBuiltIn: "Title", outlineLevel: 10 },
      { text: "Section", styleBuiltIn: "Heading1", outlineLevel: 1 },
    ]);
    const read = await wordHost(document, { wordApi: "1.1" }).readDocument();
    expect(read).toEqual({ text: "Titre\nSection", headingStarts: [6] });
  });

  it("turns a failed read into host-failed, with no content in the error", async () => {
    const document = wordDocument([{ text: SECRET }], { paragraph: 0, start: 0, end: 11 });
    const error = await hostError(
      wordHost(document, { wordApi: "1.4", failOn: "read" }).readSelection()
    );
    expect(error.code).toBe("host-failed");
    expectNoContent(error, "Jean", "DUPONT");
  });

  it("has no thread to read", async () => {
    const error = await hostError(wordHost(wordDocument([{ text: "" }])).readThread());
    expect(error.code).toBe("unsupported");
  });
});

describe("Word host: inserting at the cursor", () => {
  it("inserts after the selection without deleting it", async () => {
    const document = wordDocument([{ text: "Objet : relance. Suite." }], {
      paragraph: 0,
      start: 0,
      end: 16,
    });
    await wordHost(document).insertAtCursor(" Merci de répondre.");
    expect(texts(document)).toEqual(["Objet : relance. Merci de répondre. Suite."]);
  });

  it("makes a multi-line answer into paragraphs", async () => {
    const document = wordDocument([{ text: "Avant" }, { text: "Après" }], {
      paragraph: 0,
      start: 5,
      end: 5,
    });
    await wordHost(document).insertAtCursor("\r\nMadame,\r\nVotre demande est accordée.");
    expect(texts(document)).toEqual(["Avant", "Madame,", "Votre demande est accordée.", "Après"]);
  });

  it("leaves the document as it was when Word fails", async () => {
    const document = wordDocument([{ text: "Intact" }], { paragraph: 0, start: 6, end: 6 });
    const error = await hostError(
      wordHost(document, { wordApi: "1.1", failOn: "insertText" }).insertAtCursor(SECRET)
    );
    expect(error.code).toBe("host-failed");
    expect(texts(document)).toEqual(["Intact"]);
    expectNoContent(error, "Jean", "DUPONT");
  });
});

describe("Word host: replacing the selection", () => {
  it("replaces the selected text", async () => {
    const document = wordDocument([{ text: "Nous accusons réception de votre courrier." }], {
      paragraph: 0,
      start: 0,
      end: 42,
    });
    await wordHost(document).replaceSelection("Nous avons bien reçu votre lettre.", {
      trackChanges: false,
    });
    expect(texts(document)).toEqual(["Nous avons bien reçu votre lettre."]);
    expect(document.writes).toEqual([
      { text: "Nous avons bien reçu votre lettre.", location: "Replace", trackingMode: "Off" },
    ]);
  });

  it("as tracked changes, turns tracking on for the replacement and back to what it was after", async () => {
    const document = wordDocument([{ text: "Texte à revoir." }], {
      paragraph: 0,
      start: 0,
      end: 15,
    });
    document.changeTrackingMode = "TrackMineOnly";
    await wordHost(document).replaceSelection("Texte revu.", { trackChanges: true });
    expect(texts(document)).toEqual(["Texte revu."]);
    expect(document.writes).toEqual([
      { text: "Texte revu.", location: "Replace", trackingMode: "TrackAll" },
    ]);
    expect(document.changeTrackingMode).toBe("TrackMineOnly");
  });

  it("refuses tracked changes below WordApi 1.4, changing nothing", async () => {
    const document = wordDocument([{ text: "Texte" }], { paragraph: 0, start: 0, end: 5 });
    const error = await hostError(
      wordHost(document, { wordApi: "1.3" }).replaceSelection("Autre", { trackChanges: true })
    );
    expect(error.code).toBe("unsupported");
    expect(texts(document)).toEqual(["Texte"]);
  });

  it("says no-selection when nothing is selected, and inserts nothing", async () => {
    const document = wordDocument([{ text: "Texte" }], { paragraph: 0, start: 2, end: 2 });
    const error = await hostError(
      wordHost(document).replaceSelection("Autre", { trackChanges: true })
    );
    expect(error.code).toBe("no-selection");
    expect(texts(document)).toEqual(["Texte"]);
    expect(document.changeTrackingMode).toBe("Off");
  });

  it("when Word fails mid-way, leaves the text and puts tracking back", async () => {
    const document = wordDocument([{ text: "Texte à revoir." }], {
      paragraph: 0,
      start: 0,
      end: 15,
    });
    const host = wordHost(document, { wordApi: "1.4", failOn: "insertText" });
    const error = await hostError(host.replaceSelection(SECRET, { trackChanges: true }));
    expect(error.code).toBe("host-failed");
    expectNoContent(error, "Jean", "DUPONT");
    expect(texts(document)).toEqual(["Texte à revoir."]);
    expect(document.changeTrackingMode).toBe("Off");
  });
});

describe("Word host: comments", () => {
  it("attaches the text as a comment on the selection", async () => {
    const document = wordDocument([{ text: "Le délai de recours est de deux mois." }], {
      paragraph: 0,
      start: 3,
      end: 19,
    });
    await wordHost(document).addComment("Préciser le point de départ du délai.");
    expect(document.comments).toEqual([
      { text: "Préciser le point de départ du délai.", anchor: "délai de recours" },
    ]);
    expect(texts(document)).toEqual(["Le délai de recours est de deux mois."]);
  });

  it("says no-selection on an empty selection", async () => {
    const document = wordDocument([{ text: "Texte" }], { paragraph: 0, start: 1, end: 1 });
    const error = await hostError(wordHost(document).addComment("Remarque"));
    expect(error.code).toBe("no-selection");
    expect(document.comments).toEqual([]);
  });

  it("is unsupported below WordApi 1.4", async () => {
    const document = wordDocument([{ text: "Texte" }], { paragraph: 0, start: 0, end: 5 });
    const error = await hostError(wordHost(document, { wordApi: "1.3" }).addComment("Remarque"));
    expect(error.code).toBe("unsupported");
    expect(document.comments).toEqual([]);
  });

  it("turns Word's failure into host-failed without the comment's text", async () => {
    const document = wordDocument([{ text: "Texte" }], { paragraph: 0, start: 0, end: 5 });
    const error = await hostError(
      wordHost(document, { wordApi: "1.4", failOn: "insertComment" }).addComment(SECRET)
    );
    expect(error.code).toBe("host-failed");
    expect(error.message).toContain("GeneralException");
    expectNoContent(error, "Jean", "DUPONT");
    expect(document.comments).toEqual([]);
  });
});

describe("Word host: what belongs to Outlook", () => {
  it("opens no reply and has no draft", async () => {
    const host = wordHost(wordDocument([{ text: "" }]));
    expect((await hostError(host.openReply("Réponse"))).code).toBe("unsupported");
    expect((await hostError(host.insertIntoDraft("Texte"))).code).toBe("unsupported");
  });
});

describe("Word host: theme", () => {
  it("follows Office's theme, dark when the body background is dark, and fires no change", () => {
    const office = fakeOffice({
      requirementSets: { WordApi: "1.1" },
      officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" },
    });
    const host = createWordHost(office, fakeWord(wordDocument([{ text: "" }]), { wordApi: "1.1" }));
    expect(host.readTheme()).toEqual({
      dark: true,
      bodyBackground: "#262626",
      bodyForeground: "#FFFFFF",
    });
    const unsubscribe = host.onThemeChange(() => undefined);
    expect(unsubscribe()).toBeUndefined();
  });

  it("has no theme when Office gives none", () => {
    expect(wordHost(wordDocument([{ text: "" }])).readTheme()).toBeUndefined();
  });
});
