import Database from "better-sqlite3";
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:net";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { withoutRootPrivilege } from "../support/without-root-privilege.ts";

const ROOT = join(import.meta.dirname, "../..");
const TLS = join(import.meta.dirname, "fixtures/tls");
/** EC keys made with openssl for these tests only; encrypted.key is server.key under a passphrase. */
const CERT = join(TLS, "server.crt");
const KEY = join(TLS, "server.key");
const OTHER_KEY = join(TLS, "other.key");
const ENCRYPTED_KEY = join(TLS, "encrypted.key");

const dir = mkdtempSync(join(tmpdir(), "plume-serve-"));
const config = join(dir, "plume.config.json");
writeFileSync(config, "{}");
const entraConfig = join(dir, "entra.json");
writeFileSync(
  entraConfig,
  JSON.stringify({
    auth: {
      entra: { tenants: ["11111111-2222-4333-8444-555555555555"], audiences: ["api://plume"] },
    },
  })
);
let fileNumber = 0;
const freshDb = () => join(dir, `audit-${++fileNumber}.db`);

const FR = "fr_FR.UTF-8";
const EN = "en_US.UTF-8";

/**
 * Runs `plume serve` in-process with a configuration of its own, a fresh audit file and a port of
 * the range these tests may use. Every case here stops the start, so it returns.
 */
async function serve(env: Record<string, string>, lang = FR) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  const status = await main(["serve"], {
    stdin: Readable.from([]),
    stdout,
    stderr,
    env: {
      LANG: lang,
      PLUME_CONFIG: config,
      PLUME_AUDIT_DB: freshDb(),
      PORT: "18311",
      PLUME_DEV_TOKEN: "dev-token-for-tests",
      ...env,
    },
  });
  return { status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

/** What the admin should see: status 1, nothing on standard output, one line and no stack. */
function oneLine(line: string) {
  return { status: 1, stdout: "", stderr: `${line}\n` };
}

describe("plume serve says in one line what stops the start: TLS files", () => {
  it("a file that does not exist or is a directory, named with its variable", async () => {
    const missing = join(dir, "absent.crt");
    expect(await serve({ PLUME_TLS_CERT: missing, PLUME_TLS_KEY: KEY })).toEqual(
      oneLine(
        `Démarrage impossible : ${missing} (PLUME_TLS_CERT) est introuvable : indiquez le chemin d'un fichier PEM existant.`
      )
    );
    expect(await serve({ PLUME_TLS_CERT: missing, PLUME_TLS_KEY: KEY }, EN)).toEqual(
      oneLine(
        `Cannot start: ${missing} (PLUME_TLS_CERT) does not exist: give the path of an existing PEM file.`
      )
    );
    expect(await serve({ PLUME_TLS_CERT: CERT, PLUME_TLS_KEY: dir }, EN)).toEqual(
      oneLine(`Cannot start: ${dir} (PLUME_TLS_KEY) is a directory: give the PEM file itself.`)
    );
  });

  it("a certificate and key swapped, or either not PEM", async () => {
    expect(await serve({ PLUME_TLS_CERT: KEY, PLUME_TLS_KEY: CERT })).toEqual(
      oneLine(
        `Démarrage impossible : PLUME_TLS_CERT (${KEY}) contient une clé privée et PLUME_TLS_KEY (${CERT}) un certificat : échangez les deux chemins.`
      )
    );
    expect(await serve({ PLUME_TLS_CERT: KEY, PLUME_TLS_KEY: CERT }, EN)).toEqual(
      oneLine(
        `Cannot start: PLUME_TLS_CERT (${KEY}) holds a private key and PLUME_TLS_KEY (${CERT}) a certificate: swap the two paths.`
      )
    );
    const notPem = join(dir, "notes.txt");
    writeFileSync(notPem, "pas un certificat\n");
    expect((await serve({ PLUME_TLS_CERT: notPem, PLUME_TLS_KEY: KEY }, EN)).stderr).toBe(
      `Cannot start: PLUME_TLS_CERT (${notPem}) is not a certificate in PEM format (-----BEGIN CERTIFICATE-----): give the server's certificate, converted to PEM if need be (openssl x509 -inform der).\n`
    );
    expect((await serve({ PLUME_TLS_CERT: CERT, PLUME_TLS_KEY: notPem }, EN)).stderr).toBe(
      `Cannot start: PLUME_TLS_KEY (${notPem}) is not a private key in PEM format (-----BEGIN PRIVATE KEY-----): give the certificate's private key.\n`
    );
    expect((await serve({ PLUME_TLS_CERT: CERT, PLUME_TLS_KEY: CERT }, EN)).stderr).toBe(
      `Cannot start: PLUME_TLS_KEY (${CERT}) holds a certificate, not a private key: give the certificate's private key, in PEM format.\n`
    );
  });

  it("a key that is not the certificate's, or is under a passphrase", async () => {
    expect(await serve({ PLUME_TLS_CERT: CERT, PLUME_TLS_KEY: OTHER_KEY })).toEqual(
      oneLine(
        `Démarrage impossible : la clé PLUME_TLS_KEY (${OTHER_KEY}) n'est pas celle du certificat PLUME_TLS_CERT (${CERT}) : indiquez la clé privée de ce certificat.`
      )
    );
    expect(await serve({ PLUME_TLS_CERT: CERT, PLUME_TLS_KEY: ENCRYPTED_KEY }, EN)).toEqual(
      oneLine(
        `Cannot start: the key PLUME_TLS_KEY (${ENCRYPTED_KEY}) is protected by a passphrase, which the gateway cannot type: give an unencrypted copy (openssl pkey), readable by this account only.`
      )
    );
  });
});

describe("plume serve says in one line what stops the start: the address", () => {
  let holder: Server;
  beforeAll(async () => {
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(18312, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

  it("a port already in use", async () => {
    expect(await serve({ PORT: "18312" })).toEqual(
      oneLine(
        "Démarrage impossible : le port 18312 est déjà pris sur 127.0.0.1, peut-être par une autre passerelle : arrêtez le programme qui l'occupe, ou choisissez un autre port (PORT ou server.port)."
      )
    );
    expect((await serve({ PORT: "18312" }, EN)).stderr).toBe(
      "Cannot start: port 18312 is already in use on 127.0.0.1, perhaps by another gateway: stop the program using it, or choose another port (PORT or server.port).\n"
    );
  });

  it("an address that is not this machine's", async () => {
    // 192.0.2.0/24 is reserved for documentation: no machine has it.
    const env = { PLUME_CONFIG: entraConfig, PLUME_DEV_TOKEN: "", HOST: "192.0.2.1" };
    expect(await serve(env, EN)).toEqual(
      oneLine(
        "Cannot start: 192.0.2.1 is not an address of this machine: give one of its own, 127.0.0.1, or 0.0.0.0 for all (HOST or server.host)."
      )
    );
  });
});

describe("plume serve says in one line what stops the start: the audit file", () => {
  it("a directory that does not exist, a path that is a directory", async () => {
    const missing = join(dir, "no-such-dir", "audit.db");
    expect(await serve({ PLUME_AUDIT_DB: missing })).toEqual(
      oneLine(
        `Démarrage impossible : le dossier ${join(dir, "no-such-dir")} du journal d'audit ${missing} n'existe pas : créez-le, ou indiquez un autre chemin (audit.path ou PLUME_AUDIT_DB).`
      )
    );
    expect((await serve({ PLUME_AUDIT_DB: missing }, EN)).stderr).toBe(
      `Cannot start: the folder ${join(dir, "no-such-dir")} of the audit trail ${missing} does not exist: create it, or give another path (audit.path or PLUME_AUDIT_DB).\n`
    );
    expect((await serve({ PLUME_AUDIT_DB: dir }, EN)).stderr).toBe(
      `Cannot start: the audit trail ${dir} is a directory: give a file (audit.path or PLUME_AUDIT_DB), e.g. ${join(dir, "plume-audit.db")}.\n`
    );
  });

  it("another application's database, left as it was", async () => {
    const other = join(dir, "invoices.db");
    const db = new Database(other);
    db.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
    db.close();
    expect(await serve({ PLUME_AUDIT_DB: other }, EN)).toEqual(
      oneLine(
        `Cannot start: ${other} is not a Plume audit trail, and was left unchanged: give the path of the trail, or of a file to create (audit.path or PLUME_AUDIT_DB).`
      )
    );
  });

  // Root writes anywhere: run as root, the gateway starts without the capabilities that let it.
  it("a file the gateway may not write", async () => {
    const folder = join(dir, "read-only");
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    chmodSync(dir, 0o755);
    const path = join(folder, "audit.db");
    const [command, ...args] = withoutRootPrivilege([
      process.execPath,
      join(ROOT, "bin/plume.js"),
      "serve",
    ]);
    const run = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      execFile(
        command!,
        args,
        {
          cwd: ROOT,
          env: {
            PATH: process.env.PATH,
            LANG: EN,
            PLUME_CONFIG: config,
            PLUME_AUDIT_DB: path,
            PORT: "18313",
            PLUME_DEV_TOKEN: "dev-token-for-tests",
          },
          timeout: 60_000,
        },
        (error, _stdout, stderr) => resolve({ status: error ? (error.code as number) : 0, stderr })
      );
    });
    expect(run).toEqual({
      status: 1,
      stderr: `Cannot start: the audit trail ${path} cannot be written: give the account running the gateway permission to write this file and its folder (SQLite creates audit.db-wal, audit.db-shm there), or give another path (audit.path or PLUME_AUDIT_DB).\n`,
    });
  }, 60_000);
});

describe("plume serve refuses to start in the user's language", () => {
  it("a dev token on an address reachable from the network", async () => {
    const out = await serve({ HOST: "0.0.0.0" }, EN);
    expect(out).toMatchObject({ status: 1, stdout: "" });
    expect(out.stderr).toMatch(
      /^Start refused: PLUME_DEV_TOKEN is set while the gateway listens on "0\.0\.0\.0", an address reachable from other machines\..*\n$/
    );
    expect((await serve({ HOST: "0.0.0.0" })).stderr).toMatch(
      /^Démarrage refusé : PLUME_DEV_TOKEN est défini alors que la passerelle écoute sur « 0\.0\.0\.0 »/
    );
  });

  it("no sign-in method at all", async () => {
    expect(await serve({ PLUME_DEV_TOKEN: "" }, EN)).toEqual(
      oneLine(
        "No sign-in method configured: set up Entra ID in the configuration, or PLUME_DEV_TOKEN for a gateway on loopback."
      )
    );
  });
});
