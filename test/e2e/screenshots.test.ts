import { mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { setTheme, visitEveryScreen } from "./support/accessibility-screens.ts";
import { usePlume } from "./support/plume.ts";

/** Where a person finds the pictures after a run (not kept in git). */
const FOLDER = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const plume = usePlume();
beforeAll(async () => {
  await rm(FOLDER, { recursive: true, force: true });
  await mkdir(FOLDER, { recursive: true });
});

describe("Screenshots of the pane", () => {
  it("writes each screen in light and dark theme as PNG", async () => {
    const written: string[] = [];
    await visitEveryScreen(
      plume.browser(),
      { viewport: { width: 1280, height: 1400 } },
      async (screen, session) => {
        for (const theme of ["light", "dark"] as const) {
          await setTheme(session, theme);
          const path = join(FOLDER, `${screen}-${theme}.png`);
          // The frame as Office shows it beside the document, its animations stopped on their last frame.
          await session.page.getByTestId("taskpane").screenshot({ path, animations: "disabled" });
          written.push(path);
        }
      }
    );
    console.log(`Screenshots of the pane (${written.length}) in ${FOLDER}`);

    expect(written).toHaveLength(2 * 13);
    for (const path of written)
      expect((await readFile(path)).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });
});
