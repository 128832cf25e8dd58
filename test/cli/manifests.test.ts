import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { validateManifestFile } from "../../src/manifests/validate.ts";

const ORIGIN = "https://plume.exemple.gouv.fr";
const FILES = ["manifest-word.xml", "manifest-outlook.xml"];

/** Runs `plume` in-process, in French unless `lang` says otherwise. */
async function plume(args: string[], lang = "fr_FR.UTF-8") {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk));
  stderr.on("data", (chunk: Buffer) => err.push(chunk));
  const status = await main(args, {
    stdin: Readable.from([]),
    stdout,
    stderr,
    env: { LANG: lang },
  });
  return { status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

const freshDir = () => mkdtempSync(join(tmpdir(), "plume-manifests-"));
const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

describe("plume manifests", () => {
  it("writes both manifests for the origin, valid, and says what it wrote", async () => {
    const out = join(freshDir(), "deploiement");
    const result = await plume(["manifests", "--origin", ORIGIN, "--out", out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    for (const file of FILES) {
      expect(await validateManifestFile(join(out, file))).toEqual([]);
      expect(read(out, file)).toContain(`<SourceLocation DefaultValue="${ORIGIN}/taskpane.html"/>`);
    }
    const word = read(out, "manifest-word.xml");
    const outlook = read(out, "manifest-outlook.xml");
    expect(result.stdout.split("\n")).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Manifestes Plume pour ${ORIGIN}, version ${tag(word, "Version")}, validés hors ligne :$`
        )
      ),
      `  ${join(out, "manifest-word.xml")}  Word (TaskPaneApp), Id ${tag(word, "Id")}`,
      `  ${join(out, "manifest-outlook.xml")}  Outlook (MailApp), Id ${tag(outlook, "Id")}`,
      expect.stringContaining("Applications intégrées"),
      "",
    ]);
  });

  it("writes the same files again for the same origin, and other Ids for another", async () => {
    const [first, second, other] = [freshDir(), freshDir(), freshDir()];
    await plume(["manifests", "--origin", ORIGIN, "--out", first]);
    await plume(["manifests", "--origin", `${ORIGIN}/`, "--out", second]);
    await plume(["manifests", "--origin", "https://plume.tj-exemple.justice.fr", "--out", other]);
    for (const file of FILES) {
      expect(read(second, file)).toBe(read(first, file));
      expect(tag(read(other, file), "Id")).not.toBe(tag(read(first, file), "Id"));
    }
  });

  it("sets the version it is given and keeps the Ids, so the admin center sees an update", async () => {
    const out = freshDir();
    await plume(["manifests", "--origin", ORIGIN, "--out", out]);
    const before = read(out, "manifest-outlook.xml");
    const result = await plume([
      "manifests",
      "--origin",
      ORIGIN,
      "--version",
      "7.1.0.2",
      "--out",
      out,
    ]);
    expect(result.status).toBe(0);
    const after = read(out, "manifest-outlook.xml");
    expect(tag(after, "Version")).toBe("7.1.0.2");
    expect(tag(after, "Id")).toBe(tag(before, "Id"));
  });

  it("keeps the Ids of add-ins deployed from another origin when told to", async () => {
    const out = freshDir();
    const id = "0b8f7d8e-1c2a-4b5c-9d6e-7f8091a2b3c4";
    const result = await plume(["manifests", "--origin", ORIGIN, "--word-id", id, "--out", out]);
    expect(result.status).toBe(0);
    expect(tag(read(out, "manifest-word.xml"), "Id")).toBe(id);
  });

  it("refuses to go back in version over manifests already written, and leaves them", async () => {
    const out = freshDir();
    await plume(["manifests", "--origin", ORIGIN, "--version", "99.0.0.0", "--out", out]);
    const before = read(out, "manifest-word.xml");
    const result = await plume(["manifests", "--origin", ORIGIN, "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /manifest-word\.xml est en version 99\.0\.0\.0 : la version .* lui est inférieure et Office ne proposerait pas la mise à jour/
    );
    expect(read(out, "manifest-word.xml")).toBe(before);
  });

  it("refuses plain http with the reason, in French, writing nothing", async () => {
    const out = join(freshDir(), "rien");
    const result = await plume([
      "manifests",
      "--origin",
      "http://plume.exemple.gouv.fr",
      "--out",
      out,
    ]);
    expect(result).toEqual({
      status: 1,
      stdout: "",
      stderr: expect.stringMatching(
        /^Origine « http:\/\/plume\.exemple\.gouv\.fr » : Office ne charge un complément qu'en https, pas en http\./
      ),
    });
    expect(existsSync(out)).toBe(false);
  });

  it("says the same in English when asked", async () => {
    const result = await plume(
      ["manifests", "--origin", "https://plume.exemple.gouv.fr/plume", "--out", freshDir()],
      "en_GB.UTF-8"
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^Origin "https:\/\/plume\.exemple\.gouv\.fr\/plume": a bare origin is expected, .* at its root: https:\/\/plume\.exemple\.gouv\.fr\.\n$/
    );
  });

  it("refuses a malformed version", async () => {
    const result = await plume([
      "manifests",
      "--origin",
      ORIGIN,
      "--version",
      "1.2",
      "--out",
      freshDir(),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Version « 1\.2 » : quatre nombres séparés par des points/);
  });

  it("writes nothing when the validator refuses a manifest, and says where", async () => {
    // A legal host name of 253 characters makes an AppDomain longer than the 250 the schema allows.
    const host = ["a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(61)].join(".");
    const out = join(freshDir(), "rien");
    const result = await plume(["manifests", "--origin", `https://${host}`, "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")).toEqual([
      expect.stringMatching(
        new RegExp(`^${join(out, "manifest-word.xml")}:\\d+: Élément « AppDomain »`)
      ),
      expect.stringMatching(
        new RegExp(`^${join(out, "manifest-outlook.xml")}:\\d+: Élément « AppDomain »`)
      ),
      "Manifestes non écrits : 2 problèmes relevés par la validation hors ligne.",
      "",
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [
      ["--out", "x"],
      "Indiquez l'origine https de la passerelle : --origin https://plume.exemple.gouv.fr.\n",
    ],
    [["--origin", ORIGIN], "Indiquez le dossier où écrire les manifestes : --out DOSSIER.\n"],
  ])("asks for what is missing (%j)", async (args, message) => {
    expect(await plume(["manifests", ...args])).toEqual({ status: 1, stdout: "", stderr: message });
  });

  it("says when the folder cannot be written", async () => {
    const file = join(freshDir(), "fichier");
    writeFileSync(file, "");
    const result = await plume(["manifests", "--origin", ORIGIN, "--out", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^Impossible d'écrire .*fichier : vérifiez que le dossier existe/
    );
  });

  it("is in the usage", async () => {
    const { stdout } = await plume(["--help"]);
    expect(stdout).toContain("manifests --origin https://HÔTE --out DOSSIER [--version X.Y.Z.W]");
  });
});
