import { afterEach, describe, expect, it, vi } from "vitest";
import { HostError } from "../../../src/hosts/host.ts";
import { createOfficeHost } from "../../../src/hosts/office/create-office-host.ts";
import { fakeOutlook, mail } from "../outlook/fake-outlook.ts";
import { fakeOffice } from "./fake-office.ts";
import { fakeWord, wordDocument } from "./fake-word.ts";

/** Office.js as the pane finds it: the globals, ready for `host`. */
function officeReadyFor(host: string, office: typeof Office): void {
  vi.stubGlobal(
    "Office",
    Object.assign(office, { onReady: async () => ({ host, platform: "OfficeOnline" }) })
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createOfficeHost", () => {
  it("waits for Office and gives Word's host in Word", async () => {
    officeReadyFor("Word", fakeOffice({ requirementSets: { WordApi: "1.4" } }));
    vi.stubGlobal(
      "Word",
      fakeWord(wordDocument([{ text: "Corps du jugement" }]), { wordApi: "1.4" })
    );
    const host = await createOfficeHost();
    expect(host.context.app).toBe("word");
    expect((await host.readDocument()).text).toBe("Corps du jugement");
  });

  it("gives Outlook's read or compose host from the item open", async () => {
    officeReadyFor(
      "Outlook",
      fakeOutlook(mail("Message lu"), { surface: "read", mailbox: "1.9" }).office
    );
    expect((await createOfficeHost()).context).toMatchObject({ app: "outlook", surface: "read" });

    officeReadyFor(
      "Outlook",
      fakeOutlook(mail("<div>Brouillon</div>"), { surface: "compose", mailbox: "1.9" }).office
    );
    const compose = await createOfficeHost();
    expect(compose.context).toMatchObject({ app: "outlook", surface: "compose" });
    expect((await compose.readDocument()).text).toBe("Brouillon");
  });

  it("refuses any other application", async () => {
    officeReadyFor("Excel", fakeOffice({ requirementSets: {} }));
    const error = await createOfficeHost().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("unsupported");
  });
});
