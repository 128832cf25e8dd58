import { createPrivateKey, X509Certificate } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { createSecureContext } from "node:tls";
import { AuditStoreOpenError, NotAnAuditDatabaseError } from "../gateway/audit/sqlite-store.ts";
import { StartRefusedError } from "../gateway/auth/dev-token.ts";
import { ConfigError } from "../gateway/config/load.ts";
import { UserError } from "./input.ts";
import type { Messages, TlsVariable } from "./messages.ts";

/**
 * Reads the TLS files named by PLUME_TLS_CERT and PLUME_TLS_KEY and checks that they make a
 * server certificate, before the gateway starts: the gateway would fail on them too, but with an
 * OpenSSL error naming neither file. Without both variables there is nothing to check (the
 * configuration loader refuses one without the other).
 */
export async function checkTlsFiles(
  env: Readonly<Record<string, string | undefined>>,
  t: Messages
): Promise<void> {
  const certPath = env.PLUME_TLS_CERT;
  const keyPath = env.PLUME_TLS_KEY;
  if (!certPath?.trim() || !keyPath?.trim()) return;
  const cert = await readTlsFile("PLUME_TLS_CERT", certPath, t);
  const key = await readTlsFile("PLUME_TLS_KEY", keyPath, t);
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    throw new UserError(tlsProblem(certPath, cert, keyPath, key, t, (error as Error).message));
  }
}

async function readTlsFile(variable: TlsVariable, path: string, t: Messages): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === "ENOENT"
        ? t.tlsNotFound(variable, path)
        : code === "EISDIR"
          ? t.tlsIsDirectory(variable, path)
          : t.tlsUnreadable(variable, path)
    );
  }
}

const CERTIFICATE = /-----BEGIN (TRUSTED )?CERTIFICATE-----/;
const PRIVATE_KEY = /-----BEGIN ((RSA|EC|DSA|ENCRYPTED) )?PRIVATE KEY-----/;

/** Which file is wrong, and how, once OpenSSL has refused the pair; its own words otherwise. */
function tlsProblem(
  certPath: string,
  cert: Buffer,
  keyPath: string,
  key: Buffer,
  t: Messages,
  detail: string
): string {
  const certText = cert.toString("latin1");
  const keyText = key.toString("latin1");
  if (!CERTIFICATE.test(certText)) {
    if (!PRIVATE_KEY.test(certText)) return t.tlsNotCertificate(certPath);
    return CERTIFICATE.test(keyText) ? t.tlsSwapped(certPath, keyPath) : t.tlsCertIsKey(certPath);
  }
  if (!PRIVATE_KEY.test(keyText))
    return CERTIFICATE.test(keyText) ? t.tlsKeyIsCertificate(keyPath) : t.tlsNotKey(keyPath);
  if (/ENCRYPTED/.test(keyText)) return t.tlsKeyEncrypted(keyPath);
  try {
    if (!new X509Certificate(cert).checkPrivateKey(createPrivateKey(key)))
      return t.tlsMismatch(certPath, keyPath);
  } catch {
    // Unreadable despite its PEM header: OpenSSL's own reason below says more than a guess would.
  }
  return t.tlsRefused(certPath, keyPath, detail);
}

/**
 * The one line that says what stopped the gateway from starting and what to do, in the user's
 * language; undefined for an error this does not know, which stays an unexpected one.
 */
export function startProblem(error: unknown, t: Messages): string | undefined {
  if (error instanceof ConfigError || error instanceof StartRefusedError)
    return t.lang === "en" ? error.messageEn : error.message;
  if (error instanceof AuditStoreOpenError) {
    const path = resolve(error.path);
    switch (error.problem) {
      case "missing_directory":
        return t.auditNoDirectory(path, dirname(path));
      case "is_directory":
        return t.auditIsDirectory(path);
      case "not_writable":
        return t.auditNotWritable(path);
    }
  }
  if (error instanceof NotAnAuditDatabaseError) return t.auditNotAudit(resolve(error.path));
  const { code, syscall, address, port, hostname } = error as NodeJS.ErrnoException & {
    address?: string;
    port?: number;
    hostname?: string;
  };
  if (syscall === "listen" && address !== undefined && port !== undefined) {
    if (code === "EADDRINUSE") return t.portInUse(address, port);
    if (code === "EACCES") return t.portDenied(address, port);
    if (code === "EADDRNOTAVAIL") return t.hostNotLocal(address);
  }
  if (syscall === "getaddrinfo" && hostname !== undefined) return t.hostUnknown(hostname);
  return undefined;
}
