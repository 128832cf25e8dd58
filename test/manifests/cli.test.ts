import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateManifestsCli } from "../../src/manifests/cli.ts";

const WORD = new URL("../../manifest.xml", import.meta.url).pathname;
const OUTLOOK = new URL("../../addin/manifest.xml", import.meta.url).pathname;

async function run(paths: string[]): Promise<{ status: number; output: string[] }> {
  const output: string[] = [];
  const status = await validateManifestsCli(paths, (line) => output.push(line));
  return { status, output };
}

describe("the manifest validation command", () => {
  it("says each manifest is valid and exits 0", async () => {
    expect(await run([WORD, OUTLOOK])).toEqual({
      status: 0,
      output: [`${WORD} : valide.`, `${OUTLOOK} : valide.`],
    });
  });

  it("prints each problem with its file and line, in French, and exits 1", async () => {
    const broken = join(mkdtempSync(join(tmpdir(), "plume-manifest-")), "manifest.xml");
    writeFileSync(
      broken,
      readFileSync(WORD, "utf8").replace("<Version>1.0.0.0</Version>", "<Version>1.0</Version>")
    );
    const { status, output } = await run([broken, OUTLOOK]);
    expect(status).toBe(1);
    expect(output).toEqual([
      expect.stringMatching(
        new RegExp(`^${broken}:8: Version « 1\\.0 » : la forme attendue est n\\.n\\.n\\.n`)
      ),
      `${OUTLOOK} : valide.`,
      "1 problème à corriger.",
    ]);
  });

  it("reports a missing file as a problem", async () => {
    expect(await run(["absent.xml"])).toEqual({
      status: 1,
      output: ["absent.xml: fichier introuvable.", "1 problème à corriger."],
    });
  });

  it("shows its usage and exits 2 without a manifest", async () => {
    const { status, output } = await run([]);
    expect({ status, usage: output[0]?.startsWith("Usage : ") }).toEqual({
      status: 2,
      usage: true,
    });
  });
});
