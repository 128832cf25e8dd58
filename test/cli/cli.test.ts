import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";

const ROOT = join(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "plume-cli-"));

/** Runs `plume` in-process with the given standard input; French unless `lang` says otherwise. */
async function plume(args: string[], stdin: string | Buffer = "", lang = "fr_FR.UTF-8") {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  const status = await main(args, {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout,
    stderr,
    env: { LANG: lang },
  });
  return { status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

const LETTER =
  "Madame Claire MARTIN, née le 3 mars 1980, demeurant 12 rue de la Paix 75002 Paris, tél. 06 12 34 56 78.\n";

describe("plume redact and restore", () => {
  it("pseudonymises a file, keeps the vault private, and restores the text exactly", async () => {
    const input = join(dir, "lettre.txt");
    const vault = join(dir, "coffre.json");
    writeFileSync(input, LETTER);
    const redacted = await plume(["redact", input, "--vault", vault]);
    expect(redacted.status).toBe(0);
    expect(redacted.stdout).toBe(
      "Madame [PERSONNE_1], née le [DATE_NAISSANCE_1], demeurant [ADRESSE_1], tél. [TELEPHONE_1].\n"
    );
    expect(redacted.stderr).toMatch(/Coffre écrit dans .*coffre\.json \(4 correspondances\)/);
    expect(statSync(vault).mode & 0o777).toBe(0o600);
    const restored = await plume(["restore", "-", "--vault", vault], redacted.stdout);
    expect(restored.stdout).toBe(LETTER);
  });

  it("continues a vault over several files, so one person keeps one placeholder", async () => {
    const vault = join(dir, "conversation.json");
    await plume(["redact", "-", "--vault", vault], "M. Paul Durand a écrit.");
    const second = await plume(
      ["redact", "-", "--vault", vault],
      "Mme Anne Petit répond à M. Durand."
    );
    expect(second.stdout).toBe("Mme [PERSONNE_2] répond à M. [PERSONNE_1].");
  });

  it("reports placeholders the vault does not know and leaves them", async () => {
    const vault = join(dir, "petit.json");
    await plume(["redact", "-", "--vault", vault], "M. Paul Durand");
    const restored = await plume(
      ["restore", "-", "--vault", vault],
      "[PERSONNE_1] et [PERSONNE_9]"
    );
    expect(restored.stdout).toBe("Paul Durand et [PERSONNE_9]");
    expect(restored.stderr).toContain(
      "Balises inconnues du coffre, laissées telles quelles : [PERSONNE_9]"
    );
  });

  it("applies always-mask and never-mask terms", async () => {
    const out = await plume(
      ["redact", "-", "--always-mask", "Colibri", "--never-mask", "Paul Durand"],
      "Projet Colibri, M. Paul Durand."
    );
    expect(out.stdout).toBe("Projet [TERME_1], M. Paul Durand.");
  });
});

describe("plume detect", () => {
  it("lists entities with offsets, type, score and text", async () => {
    const out = await plume(["detect", "-"], "Appeler le 06 12 34 56 78.");
    expect(out.stdout).toBe(
      "11\t25\tTELEPHONE\t" + out.stdout.split("\t")[3] + '\t"06 12 34 56 78"\n'
    );
  });

  it("keeps the JSONL contract: one line out per line in, other fields ignored, bad lines flagged", async () => {
    const input = [
      JSON.stringify({ id: "a", text: "Mme Claire Martin", lang: "fr" }),
      "",
      "pas du json",
      JSON.stringify({ id: 7, text: "rien" }),
      JSON.stringify({ id: "b" }),
    ].join("\n");
    const out = await plume(["detect", "--jsonl"], input);
    const lines = out.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual({
      id: "a",
      entities: [{ start: 4, end: 17, type: "PERSONNE", score: 0.9 }],
    });
    expect(lines[1]).toEqual({
      id: null,
      error: "ligne 3 : JSON invalide, ou « text » absent ou non textuel",
    });
    expect(lines[2]).toEqual({ id: 7, entities: [] });
    expect(lines[3]).toMatchObject({ id: "b", error: expect.stringContaining("ligne 5") });
    expect(out.status).toBe(1);
  });
});

describe("bad input gets a clear message, in the user's language", () => {
  it("a missing file", async () => {
    const out = await plume(["redact", join(dir, "absent.txt")]);
    expect(out).toMatchObject({ status: 1, stdout: "" });
    expect(out.stderr).toBe(`Fichier introuvable : ${join(dir, "absent.txt")}\n`);
    expect((await plume(["redact", join(dir, "absent.txt")], "", "en_GB.UTF-8")).stderr).toBe(
      `File not found: ${join(dir, "absent.txt")}\n`
    );
  });

  it("binary input and invalid UTF-8", async () => {
    expect(
      (await plume(["detect", "-"], Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).stderr
    ).toContain("semble être un fichier binaire");
    expect((await plume(["detect", "-"], Buffer.from([0x63, 0x61, 0x66, 0xe9]))).stderr).toContain(
      "n'est pas du texte UTF-8 valide"
    );
  });

  it("a missing or broken vault, a directory, an unknown command or option", async () => {
    expect((await plume(["restore", "-"], "x")).stderr).toContain("--vault FICHIER");
    const broken = join(dir, "casse.json");
    writeFileSync(broken, "{ pas un coffre");
    expect((await plume(["restore", "-", "--vault", broken], "x")).stderr).toBe(
      `${broken} n'est pas un coffre Plume valide.\n`
    );
    expect((await plume(["redact", dir])).stderr).toBe(
      `Ce n'est pas un fichier lisible : ${dir}\n`
    );
    expect(await plume(["envoyer"])).toMatchObject({
      status: 2,
      stderr: "Commande inconnue : « envoyer ». Tapez « plume --help ».\n",
    });
    expect((await plume(["redact", "--inconnue"])).status).toBe(2);
    expect((await plume(["redact", "-", "--min-score", "2"], "x")).stderr).toBe(
      "--min-score attend un nombre entre 0 et 1.\n"
    );
  });
});

describe("npx plume on a fresh clone", () => {
  // Two npx start-ups, each compiling TypeScript: slow on a busy CI machine, which is not what is tested.
  it("runs the TypeScript CLI with no build step", async () => {
    const help = await promisify(execFile)("npx", ["--no-install", "plume", "--help"], {
      cwd: ROOT,
      env: { ...process.env, LANG: "C" },
    });
    expect(help.stdout).toContain("Usage : plume <commande>");
    const child = execFile("npx", ["--no-install", "plume", "redact", "-"], { cwd: ROOT });
    child.stdin!.end("Mme Claire Martin");
    const output = await new Promise<string>((resolve) => {
      let text = "";
      child.stdout!.on("data", (c: Buffer) => (text += c.toString()));
      child.on("close", () => resolve(text));
    });
    expect(output).toBe("Mme [PERSONNE_1]");
    expect(readFileSync(join(ROOT, "bin/plume.js"), "utf8")).toContain("tsx");
  }, 60_000);
});
