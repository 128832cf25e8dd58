import { readFile, stat } from "node:fs/promises";
import type { Messages } from "./messages.ts";

/** An error whose message is meant for the person at the terminal, not a stack trace. */
export class UserError extends Error {}

/** Larger inputs are refused rather than risking the machine's memory on a mistaken path. */
export const MAX_INPUT_MB = 256;

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Reads a text file, or standard input for `-`, refusing binary data and invalid UTF-8. */
export async function readTextInput(
  path: string | undefined,
  stdin: NodeJS.ReadableStream,
  t: Messages
): Promise<string> {
  if (!path) throw new UserError(t.missingInput);
  const label = path === "-" ? "stdin" : path;
  let bytes: Buffer;
  if (path === "-") {
    bytes = await readAll(stdin);
  } else {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new UserError(error.code === "ENOENT" ? t.notFound(path) : t.notAFile(path));
    });
    if (!info.isFile()) throw new UserError(t.notAFile(path));
    if (info.size > MAX_INPUT_MB * 1024 * 1024) throw new UserError(t.tooLarge(path, MAX_INPUT_MB));
    bytes = await readFile(path);
  }
  return decodeText(bytes, label, t);
}

export function decodeText(bytes: Uint8Array, label: string, t: Messages): string {
  if (bytes.subarray(0, 8192).includes(0)) throw new UserError(t.binary(label));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UserError(t.invalidUtf8(label));
  }
}
