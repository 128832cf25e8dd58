import { describe, expect, it } from "vitest";
import type { Host, HostDocument } from "../../src/hosts/host.ts";
import { PaneError } from "../../src/taskpane/state/pane-error.ts";
import { looksBinary, readSource } from "../../src/taskpane/state/source.ts";

function hostWith(
  selection: string,
  document: HostDocument = { text: "", headingStarts: [] }
): Host {
  return {
    readSelection: async () => selection,
    readDocument: async () => document,
    readThread: async () => ({ text: "fil complet", headingStarts: [] }),
  } as Partial<Host> as Host;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "none";
  } catch (error) {
    return error instanceof PaneError ? error.code : String(error);
  }
}

describe("reading the text an action works on", () => {
  it("takes the selection, the document or the thread as asked", async () => {
    const host = hostWith("la sélection", { text: "# Titre\ncorps", headingStarts: [0] });
    expect((await readSource(host, "selection")).text).toBe("la sélection");
    expect(await readSource(host, "document")).toEqual({
      text: "# Titre\ncorps",
      headingStarts: [0],
    });
    expect((await readSource(host, "thread")).text).toBe("fil complet");
    expect(await readSource(host, "none")).toEqual({ text: "", headingStarts: [] });
  });

  it("asks for a selection when there is none, and refuses an empty document", async () => {
    expect(await codeOf(readSource(hostWith("  \n"), "selection"))).toBe("noSelection");
    expect(await codeOf(readSource(hostWith(""), "document"))).toBe("emptySource");
  });

  it("refuses a binary file pasted as text, not Word's own control characters", async () => {
    const binary = "PK\u0003\u0004\u0014\u0000\u0006\u0000" + "\uFFFD".repeat(40) + "x".repeat(100);
    expect(looksBinary(binary)).toBe(true);
    expect(await codeOf(readSource(hostWith(binary), "selection"))).toBe("binarySource");
    const word = "Cellule\u0007Cellule\u0007\rLigne\u000Bsuite\fPage suivante\tfin.";
    expect(looksBinary(word.repeat(50))).toBe(false);
  });
});
