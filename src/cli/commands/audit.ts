import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  csvHeader,
  csvLine,
  jsonLine,
  NotAnAuditDatabaseError,
  SqliteAuditStore,
  type ChainBreak,
  type ChainHead,
  type StoredRecord,
  type VerifyResult,
} from "../../gateway/audit/index.ts";
import { UserError } from "../input.ts";
import { write, type CliIO } from "../io.ts";
import type { Messages } from "../messages.ts";

/** Where the audit trail is when neither --db nor PLUME_AUDIT_DB says otherwise; the gateway uses the same default. */
export const DEFAULT_AUDIT_DB = "./plume-audit.db";

const fr = {
  usage: `Usage : plume audit verify [--db FICHIER] [--anchor N:EMPREINTE]…
        plume audit export --format csv|jsonl [--since DATE] [--db FICHIER]

  verify      vérifie la chaîne d'empreintes du journal d'audit ; code de sortie 1 s'il a été altéré
  export      écrit les enregistrements sur la sortie standard, du plus ancien au plus récent

Options :
  --db FICHIER        journal d'audit (défaut : $PLUME_AUDIT_DB, sinon ${DEFAULT_AUDIT_DB})
  --anchor N:EMPREINTE
                      une tête que verify a donnée plus tôt, notée hors de cette machine
                      (répétable) : le journal ne doit pas avoir été réécrit jusqu'à elle, ce
                      qu'une chaîne recalculée en entier ne montrerait pas sans elle
  --format csv|jsonl  CSV avec une ligne d'en-tête, ou un objet JSON par ligne
  --since DATE        seulement à partir de DATE : AAAA-MM-JJ (minuit UTC),
                      ou AAAA-MM-JJTHH:MM[:SS[.mmm]] suivi de Z ou d'un décalage (+01:00)`,
  unknownSubcommand: (name: string) =>
    `Sous-commande inconnue : « ${name} ». Tapez « plume audit --help ».`,
  dbNotFound: (path: string) => `Journal d'audit introuvable : ${path}`,
  notAuditDb: (path: string) => `${path} n'est pas un journal d'audit Plume.`,
  cannotOpen: (path: string) =>
    `Impossible d'ouvrir le journal d'audit ${path} : vérifiez les droits de lecture.`,
  formatRequired: "Indiquez le format de sortie : --format csv ou --format jsonl.",
  badDate: (value: string) =>
    `Date invalide : « ${value} ». Écrivez AAAA-MM-JJ (minuit UTC) ou une date et heure ISO 8601 avec Z ou un décalage, par exemple 2025-03-01T08:00:00+01:00.`,
  badAnchor: (value: string) =>
    `Ancre invalide : « ${value} ». Écrivez le numéro et l'empreinte que verify a donnés, séparés par deux-points : 12:3f5a… (64 chiffres hexadécimaux).`,
  anchored: (seqs: readonly number[]) =>
    seqs.length > 1
      ? `Ancres retrouvées : n° ${seqs.join(", ")}, rien n'a été réécrit jusqu'à elles.`
      : `Ancre retrouvée : n° ${seqs[0]}, rien n'a été réécrit jusqu'à elle.`,
  intact: (count: number, seq: number, hash: string) =>
    `OK : journal d'audit intègre, ${count} enregistrement${count > 1 ? "s" : ""} (dernier n° ${seq}, empreinte ${hash}).`,
  empty: "OK : journal d'audit intègre, aucun enregistrement.",
  openCalls: (count: number) =>
    `${count} appel${count > 1 ? "s" : ""} noté${count > 1 ? "s" : ""} avant d'aller au modèle, sans enregistrement encore : en cours, ou interrompu${count > 1 ? "s" : ""} par l'arrêt de la passerelle (inscrit${count > 1 ? "s" : ""} alors comme « interrupted » à son prochain démarrage).`,
  broken: (seq: number, time: string | undefined, reason: string, count: number) =>
    `ALTÉRÉ : enregistrement n° ${seq}${time ? ` (${time})` : ""} : ${reason}. ${count} enregistrement${count > 1 ? "s" : ""} vérifié${count > 1 ? "s" : ""} avant lui.`,
  reasons: {
    hash_mismatch:
      "son contenu ne correspond plus à l'empreinte que la chaîne garde de lui (enregistrement modifié)",
    seq_gap: "absent de la chaîne (enregistrement supprimé)",
    prev_hash_mismatch:
      "la chaîne ne passe pas par lui à cette place (enregistrement inséré ou déplacé, ou enregistrements supprimés puis renumérotés)",
    invalid_record:
      "son contenu n'est pas un enregistrement d'audit valide (réécrit avec son empreinte)",
    truncated: "absent, comme tous ceux qui le suivaient (fin du journal supprimée)",
    head_mismatch:
      "la tête de chaîne ne désigne pas le dernier enregistrement (ajout hors du journal, ou tête modifiée)",
    head_missing:
      "la tête de chaîne a disparu, si bien qu'une suppression en fin de journal ne se verrait plus",
    anchor_mismatch:
      "il n'a plus l'empreinte notée hors du journal (--anchor), ou a disparu : le journal a été réécrit jusqu'à lui",
  } satisfies Record<ChainBreak, string>,
};

type AuditMessages = typeof fr;

const en: AuditMessages = {
  usage: `Usage: plume audit verify [--db FILE] [--anchor N:HASH]…
       plume audit export --format csv|jsonl [--since DATE] [--db FILE]

  verify      check the audit trail's hash chain; exit status 1 if it was tampered with
  export      write the records to standard output, oldest first

Options:
  --db FILE           audit trail (default: $PLUME_AUDIT_DB, else ${DEFAULT_AUDIT_DB})
  --anchor N:HASH     a head verify gave earlier, kept off this machine (repeatable): the
                      trail must not have been rewritten up to it, which a chain recomputed
                      whole would not show without it
  --format csv|jsonl  CSV with a header line, or one JSON object per line
  --since DATE        only from DATE on: YYYY-MM-DD (midnight UTC),
                      or YYYY-MM-DDTHH:MM[:SS[.mmm]] followed by Z or an offset (+01:00)`,
  unknownSubcommand: (name) => `Unknown subcommand: "${name}". Type "plume audit --help".`,
  dbNotFound: (path) => `Audit trail not found: ${path}`,
  notAuditDb: (path) => `${path} is not a Plume audit trail.`,
  cannotOpen: (path) => `Cannot open the audit trail ${path}: check the read permissions.`,
  formatRequired: "Name the output format: --format csv or --format jsonl.",
  badDate: (value) =>
    `Invalid date: "${value}". Write YYYY-MM-DD (midnight UTC) or an ISO 8601 date and time with Z or an offset, e.g. 2025-03-01T08:00:00+01:00.`,
  badAnchor: (value) =>
    `Invalid anchor: "${value}". Write the number and the hash verify gave, joined by a colon: 12:3f5a… (64 hexadecimal digits).`,
  anchored: (seqs) =>
    seqs.length > 1
      ? `Anchors found: no. ${seqs.join(", ")}, nothing was rewritten up to them.`
      : `Anchor found: no. ${seqs[0]}, nothing was rewritten up to it.`,
  intact: (count, seq, hash) =>
    `OK: audit trail intact, ${count} record${count > 1 ? "s" : ""} (last no. ${seq}, hash ${hash}).`,
  empty: "OK: audit trail intact, no records.",
  openCalls: (count) =>
    `${count} call${count > 1 ? "s" : ""} noted before going to the model, with no record yet: in progress, or interrupted by the gateway stopping (then written as "interrupted" when it next starts).`,
  broken: (seq, time, reason, count) =>
    `TAMPERED: record no. ${seq}${time ? ` (${time})` : ""}: ${reason}. ${count} record${count > 1 ? "s" : ""} verified before it.`,
  reasons: {
    hash_mismatch: "its content no longer matches the hash the chain holds for it (record edited)",
    seq_gap: "missing from the chain (record deleted)",
    prev_hash_mismatch:
      "the chain does not run through it at this place (record inserted or moved, or records deleted and renumbered)",
    invalid_record: "its content is not a valid audit record (rewritten along with its hash)",
    truncated: "missing, as are all that followed it (end of the trail deleted)",
    head_mismatch:
      "the chain head does not name the last record (added outside the trail, or head edited)",
    head_missing:
      "the chain head is gone, so a deletion at the end of the trail would no longer show",
    anchor_mismatch:
      "it no longer has the hash noted outside the trail (--anchor), or is gone: the trail was rewritten up to it",
  },
};

/** The CLI's language was chosen once, by `main`; these messages follow the same choice. */
const auditMessagesFor = (t: Messages): AuditMessages => (t.lang === "en" ? en : fr);

/** `plume audit verify|export`: reads the audit trail without writing to it. */
export async function auditCommand(args: string[], io: CliIO, t: Messages): Promise<number> {
  const m = auditMessagesFor(t);
  const [subcommand, ...rest] = args;
  switch (subcommand) {
    case "verify":
      return verify(rest, io, m);
    case "export":
      return exportRecords(rest, io, m);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      await write(subcommand ? io.stdout : io.stderr, m.usage + "\n");
      return subcommand ? 0 : 2;
    default:
      await write(io.stderr, m.unknownSubcommand(subcommand) + "\n");
      return 2;
  }
}

async function verify(args: string[], io: CliIO, m: AuditMessages): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: "string" }, anchor: { type: "string", multiple: true } },
  });
  const anchors = (values.anchor ?? []).map((value) => {
    const anchor = parseAnchor(value);
    if (!anchor) throw new UserError(m.badAnchor(value));
    return anchor;
  });
  const result = await withStore(dbPath(values.db, io), m, (store) => store.verify({ anchors }));
  await write(io.stdout, describe(result, anchors, m) + "\n");
  return result.ok ? 0 : 1;
}

const ANCHOR = /^([1-9]\d{0,14}):([0-9a-f]{64})$/i;

/** A head as verify printed it, `seq:hash`. */
function parseAnchor(value: string): ChainHead | undefined {
  const match = ANCHOR.exec(value.trim());
  return match ? { seq: Number(match[1]), hash: match[2]!.toLowerCase() } : undefined;
}

function describe(result: VerifyResult, anchors: readonly ChainHead[], m: AuditMessages): string {
  if (!result.ok) return m.broken(result.seq, result.time, m.reasons[result.reason], result.count);
  const lines = [result.head ? m.intact(result.count, result.head.seq, result.head.hash) : m.empty];
  if (anchors.length > 0)
    lines.push(m.anchored([...new Set(anchors.map((anchor) => anchor.seq))].sort((a, b) => a - b)));
  if (result.openCalls) lines.push(m.openCalls(result.openCalls));
  return lines.join("\n");
}

/** Output is gathered into chunks of this size: one write per record would crawl on a large trail. */
const CHUNK_CHARS = 64 * 1024;

async function exportRecords(args: string[], io: CliIO, m: AuditMessages): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: "string" }, since: { type: "string" }, format: { type: "string" } },
  });
  if (values.format !== "csv" && values.format !== "jsonl") throw new UserError(m.formatRequired);
  const line: (stored: StoredRecord) => string = values.format === "csv" ? csvLine : jsonLine;
  let since: Date | undefined;
  if (values.since !== undefined) {
    since = parseDate(values.since);
    if (!since) throw new UserError(m.badDate(values.since));
  }
  await withStore(dbPath(values.db, io), m, async (store) => {
    let chunk = values.format === "csv" ? csvHeader() : "";
    for await (const stored of store.export({ since })) {
      chunk += line(stored);
      if (chunk.length >= CHUNK_CHARS) {
        await write(io.stdout, chunk);
        chunk = "";
      }
    }
    if (chunk) await write(io.stdout, chunk);
  });
  return 0;
}

function dbPath(option: string | undefined, io: CliIO): string {
  return option || io.env.PLUME_AUDIT_DB || DEFAULT_AUDIT_DB;
}

/** Opens the trail read-only, so that checking the evidence never changes it, and always closes it. */
async function withStore<T>(
  path: string,
  m: AuditMessages,
  use: (store: SqliteAuditStore) => Promise<T>
): Promise<T> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(error.code === "ENOENT" ? m.dbNotFound(path) : m.cannotOpen(path));
  });
  if (!info.isFile()) throw new UserError(m.notAuditDb(path));
  let store: SqliteAuditStore;
  try {
    store = new SqliteAuditStore(path, { readonly: true });
  } catch (error) {
    throw new UserError(
      error instanceof NotAnAuditDatabaseError ? m.notAuditDb(path) : m.cannotOpen(path)
    );
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:Z|([+-])(\d{2}):(\d{2})))?$/;

/**
 * A date as an administrator would type it, read strictly: a calendar day (midnight UTC, the time
 * zone of the records) or an ISO 8601 instant whose offset is explicit. Impossible dates such as
 * 2025-02-30 are refused rather than rolled over.
 */
export function parseDate(text: string): Date | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [
    ,
    year,
    month,
    day,
    hour = "0",
    minute = "0",
    second = "0",
    fraction = "",
    sign,
    offsetHours = "0",
    offsetMinutes = "0",
  ] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wallClock = new Date(
    Date.UTC(
      fields[0],
      fields[1] - 1,
      fields[2],
      fields[3],
      fields[4],
      fields[5],
      Number(fraction.padEnd(3, "0"))
    )
  );
  const readBack = [
    wallClock.getUTCFullYear(),
    wallClock.getUTCMonth() + 1,
    wallClock.getUTCDate(),
    wallClock.getUTCHours(),
    wallClock.getUTCMinutes(),
    wallClock.getUTCSeconds(),
  ];
  if (
    readBack.some((value, i) => value !== fields[i]) ||
    Number(offsetHours) > 14 ||
    Number(offsetMinutes) > 59
  )
    return undefined;
  const offset = (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  return new Date(wallClock.getTime() - offset * 60_000);
}
