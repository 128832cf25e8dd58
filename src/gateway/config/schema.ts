// The SDK module that holds the server list, not the package root: the root loads the whole client.
import { ServerEu, ServerList } from "@mistralai/mistralai/lib/config.js";
import { z } from "zod";
import { ACTIONS } from "../../assistant/actions.ts";
import { AUDIT_FLUSHES } from "../audit/store.ts";
import { ManifestOptionsError } from "../../manifests/options-error.ts";
import { addinOrigin } from "../../manifests/origin.ts";
import { ENTITY_TYPES, type EntityType } from "../../redaction/entity-types.ts";
import { describeObject, typeLabels, type SettingRow } from "./describe.ts";

/**
 * The schema of `plume.config.json`: the admin's policy and the gateway's settings. Every setting carries
 * an English description and its default, from which the admin guide's reference is generated
 * (`describeSchema()`). Objects are strict so that a misspelt key stops the start instead of being ignored.
 */

export { ACTIONS, type Action } from "../../assistant/actions.ts";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Mistral's EU endpoint, taken from the SDK so that it is the one `server: "eu"` uses. */
export const MISTRAL_EU_SERVER_URL: string = ServerList[ServerEu];

/**
 * Identifiers that are keys to a person's money, taxes, benefits or identity: never worth sending
 * to a model.
 */
export const DEFAULT_NEVER_TO_MODEL: readonly EntityType[] = [
  "NIR",
  "IBAN",
  "RIB",
  "CARTE_BANCAIRE",
  "NUMERO_FISCAL",
  "PASSEPORT",
  "IDENTIFIANT",
];

export const DEFAULT_CHARTER = [
  "Plume vous aide à résumer, rédiger et reformuler vos textes avec un modèle Mistral.",
  "Avant tout envoi, les données personnelles reconnues sont remplacées sur votre poste par des balises comme [PERSONNE_1].",
  "Vous voyez ce qui va partir et pouvez masquer un terme oublié : vérifiez-le avant d'envoyer.",
  "Le modèle ne reçoit que ces balises ; les vraies valeurs restent sur votre poste et sont remises dans la réponse.",
  "La passerelle de votre administration vérifie chaque demande une seconde fois et bloque ce qui ne doit pas sortir.",
  "Un journal d'audit garde qui a utilisé Plume, quand et pour quelle action, jamais le contenu de vos textes.",
  "Relisez toujours la réponse : vous restez responsable de ce que vous insérez dans vos documents.",
].join("\n");

/** Bilingual text of a rule's message; the loader's error map picks the language. */
function says(fr: string, en: string): { params: { fr: string; en: string } } {
  return { params: { fr, en } };
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

const count = (minimum = 0) => z.number().int().min(minimum);

const entityType = z.enum(ENTITY_TYPES).register(typeLabels, { label: "EntityType" });

const term = z.string().trim().min(1);

const origin = z
  .string()
  .refine(
    (value) => parseUrl(value)?.origin === value,
    says(
      "origine attendue, sous la forme https://hôte ou https://hôte:port, sans chemin ni « / » final",
      'expected an origin, as https://host or https://host:port, with no path and no trailing "/"'
    )
  );

const upstreamUrl = z.string().superRefine((value, ctx) => {
  const url = parseUrl(value);
  if (
    !url ||
    !["http:", "https:"].includes(url.protocol) ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  ) {
    ctx.addIssue({
      code: "custom",
      ...says(
        "URL http(s) attendue, sans identifiants, paramètres ni ancre",
        "expected an http(s) URL, with no credentials, query or fragment"
      ),
    });
  } else if (/\/v1\/?$/.test(url.pathname)) {
    ctx.addIssue({
      code: "custom",
      ...says(
        "enlevez le « /v1 » final : le SDK Mistral l'ajoute lui-même",
        'remove the trailing "/v1": the Mistral SDK adds it itself'
      ),
    });
  }
});

const httpsUrl = z
  .string()
  .refine(
    (value) => parseUrl(value)?.protocol === "https:",
    says("URL https attendue", "expected an https URL")
  );

/** Worst case of UTF-8 bytes per UTF-16 character, to relate the body limit to the character limit. */
const MAX_BYTES_PER_CHAR = 3;

const serverSchema = z
  .strictObject({
    host: z
      .string()
      .min(1)
      .default("127.0.0.1")
      .describe(
        "Address the gateway listens on. The default accepts connections from this machine only; use 0.0.0.0 to listen on every interface (the dev token is then refused). Environment: HOST."
      ),
    port: count()
      .max(65535)
      .default(3000)
      .describe("TCP port the gateway listens on (0 picks a free port). Environment: PORT."),
    trustProxy: z
      .union([z.boolean(), z.array(z.string().min(1))])
      .default(false)
      .describe(
        "Whether to believe X-Forwarded-For/-Proto from a reverse proxy: false, true (any proxy), or the addresses/CIDR ranges of the proxies to trust. Set it only behind a proxy that overwrites these headers."
      ),
    publicOrigin: z
      .string()
      .superRefine((value, ctx) => {
        try {
          addinOrigin(value);
        } catch (error) {
          if (!(error instanceof ManifestOptionsError)) throw error;
          ctx.addIssue({ code: "custom", ...says(error.message, error.messageEn) });
        }
      })
      .optional()
      .describe(
        "The HTTPS origin users reach the gateway at (https://plume.example.gouv.fr), behind any reverse proxy. The Word and Outlook manifests served at /manifest-word.xml and /manifest-outlook.xml are generated for it, with the same add-in ids as `plume manifests --origin`. Absent: the development manifests of the build (https://localhost:3000)."
      ),
    addinDir: z
      .string()
      .min(1)
      .default("./dist")
      .describe(
        "Folder of the built add-in (npm run build), served at the gateway's root: task pane, icons, manifests. Relative to the working directory; when it does not exist, the gateway serves the API only."
      ),
    corsOrigins: z
      .array(origin)
      .default(() => ["https://localhost:3000"])
      .describe(
        "Browser origins allowed to call the gateway (CORS): the origin the add-in is served from. The default is the development add-in; in production, the gateway's own public origin."
      ),
    allowedHosts: z
      .array(
        z.string().regex(/^[A-Za-z0-9.-]+$/, { message: "un nom d'hôte, sans port ni schéma" })
      )
      .default(() => [])
      .describe(
        "Further host names the gateway answers to, besides loopback names, IP addresses, and the hosts of server.publicOrigin and server.corsOrigins: the internal name other Mistral clients call it by (plume.plume-ns.svc), or the Host a reverse proxy that rewrites it sends. A request naming another Host gets 421 (a page whose name an attacker points at the gateway, DNS rebinding, cannot use it)."
      ),
    bodyLimitBytes: count(1024)
      .default(2 * 1024 * 1024)
      .describe(
        "Largest request body accepted, in bytes, refused early with 413 before any parsing. The default (2 MiB) leaves room for policy.limits.maxRequestChars characters of French text in UTF-8 and JSON (up to 3 bytes a character, plus the message envelope); it must be at least 3 × maxRequestChars."
      ),
    shutdownGraceMs: count()
      .default(25_000)
      .describe(
        "On SIGTERM, how long streams in flight may take to finish before the gateway closes them, in milliseconds. The default stays under the 30 s that Kubernetes and systemd wait before killing."
      ),
  })
  .prefault({})
  .describe("The HTTP server.");

const upstreamSchema = z
  .strictObject({
    serverURL: upstreamUrl
      .default(MISTRAL_EU_SERVER_URL)
      .describe(
        "Base URL of the Mistral-compatible API the gateway forwards to, without /v1: Mistral's EU endpoint by default, or a self-hosted server (vLLM). Never taken from a request. The API key is not set here but in the MISTRAL_API_KEY environment variable. Environment: MISTRAL_SERVER_URL."
      ),
    timeoutMs: count(1000)
      .default(120_000)
      .describe(
        "Longest the upstream may stay silent, in milliseconds: for a whole answer, until it has come; for a stream, until its first bytes, then between two reads, so that a long answer still coming is never cut. Past it the call ends with a French 504, or a stream without [DONE], audited as an upstream error. Long enough for a large non-streamed summary."
      ),
    retries: z
      .strictObject({
        count: count()
          .max(10)
          .default(2)
          .describe(
            "How many times a 429, a 5xx or a lost connection is retried (0: never), only before the first byte reaches the client: a stream begun is never replayed."
          ),
        initialBackoffMs: count()
          .default(500)
          .describe(
            "Wait before the first retry, in milliseconds; doubled at each retry up to maxBackoffMs, and never shorter than what an upstream Retry-After asks."
          ),
        maxBackoffMs: count()
          .default(8000)
          .describe(
            "Longest wait between two retries, in milliseconds. An upstream Retry-After asking longer is not waited for: its 429 and Retry-After go to the client."
          ),
      })
      .refine((retries) => retries.maxBackoffMs >= retries.initialBackoffMs, {
        path: ["maxBackoffMs"],
        ...says(
          "doit être supérieur ou égal à initialBackoffMs",
          "must be at least initialBackoffMs"
        ),
      })
      .prefault({})
      .describe("Retries of failed upstream calls."),
  })
  .prefault({})
  .describe("The model server the gateway forwards to.");

const entraSchema = z
  .strictObject({
    tenants: z
      .array(z.guid())
      .min(1)
      .describe(
        "Entra ID tenant ids (GUIDs) whose users may use the gateway; tokens from any other tenant are refused."
      ),
    audiences: z
      .array(z.string().min(1))
      .min(1)
      .describe(
        "Accepted token audiences: the application ID URI of the Plume API (api://…) and/or its client id."
      ),
    requiredScope: z
      .string()
      .min(1)
      .default("Plume.Use")
      .describe("Delegated scope the access token must carry (scp claim)."),
    jwksUrl: httpsUrl
      .optional()
      .describe(
        "Where the token signing keys are fetched. Absent: each tenant's Entra ID key set (https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys)."
      ),
    clockSkewSeconds: count()
      .max(300)
      .default(60)
      .describe(
        "Tolerance on token expiry and not-before times, in seconds, for clocks that drift."
      ),
    acceptV1Issuer: z
      .boolean()
      .default(false)
      .describe(
        "Also accept v1.0 tokens (issuer https://sts.windows.net/<tenant>/). Leave false when the app registration issues v2.0 tokens."
      ),
    addinClientId: z
      .guid()
      .optional()
      .describe(
        "Client id of the add-in's own app registration (single-page application with the nested app authentication redirect URI), given to the task pane so it can sign users in. Absent: the task pane cannot sign in with Entra ID."
      ),
  })
  .optional()
  .describe(
    "Microsoft Entra ID sign-in. Absent: no Entra ID, only the dev token (PLUME_DEV_TOKEN), on loopback only."
  );

const entitiesSchema = z
  .strictObject({
    neverToModel: z
      .array(entityType)
      .default(() => [...DEFAULT_NEVER_TO_MODEL])
      .describe(
        "Entity types that must never reach the model in clear. The gateway scans every string of every request again and applies onViolation to any it finds."
      ),
    onViolation: z
      .enum(["mask", "refuse"])
      .default("mask")
      .describe(
        "What the gateway does with a neverToModel value it finds: mask it (and restore it in the answer) or refuse the request with a 422."
      ),
    userMayLift: z
      .array(entityType)
      .default([])
      .describe(
        "Entity types whose mask a user may lift in the review before sending. Must not include a neverToModel type."
      ),
    alwaysMask: z
      .array(term)
      .default([])
      .describe(
        "Terms masked wherever they appear, whatever the recognizers think (an operation name, a protected person). Sent to every add-in, which masks them locally."
      ),
    neverMask: z
      .array(term)
      .default([])
      .describe(
        "Terms never masked (the service's own name, a public official), sent to every add-in."
      ),
  })
  .superRefine((entities, ctx) => {
    entities.userMayLift.forEach((type, index) => {
      if (entities.neverToModel.includes(type)) {
        ctx.addIssue({
          code: "custom",
          path: ["userMayLift", index],
          ...says(
            `${type} figure aussi dans neverToModel : un utilisateur ne peut pas lever ce masque`,
            `${type} is also in neverToModel: a user cannot lift that mask`
          ),
        });
      }
    });
  })
  .prefault({})
  .describe("Personal data rules.");

const modelsSchema = z
  .strictObject({
    allowed: z
      .array(z.string().trim().min(1))
      .default([])
      .describe(
        "Model names users may call (as the upstream names them, e.g. mistral-large-latest). Empty: the gateway starts but answers model calls with a 503 saying to set this."
      ),
    default: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe(
        "Model the add-in uses unless the user picks another; must be in allowed. Absent: the first allowed model."
      ),
  })
  .superRefine((models, ctx) => {
    if (models.default !== undefined && !models.allowed.includes(models.default)) {
      ctx.addIssue({
        code: "custom",
        path: ["default"],
        ...says(
          `« ${models.default} » doit figurer dans policy.models.allowed`,
          `"${models.default}" must be in policy.models.allowed`
        ),
      });
    }
  })
  .prefault({})
  .describe("Which models may be used.");

const policySchema = z
  .strictObject({
    models: modelsSchema,
    actions: z
      .strictObject({
        enabled: z
          .array(z.enum(ACTIONS))
          .default(() => [...ACTIONS])
          .describe("Actions offered to users; requests for another action are refused."),
      })
      .prefault({})
      .describe("Which actions may be used."),
    entities: entitiesSchema,
    review: z
      .strictObject({
        maySkip: z
          .array(z.enum(ACTIONS))
          .default([])
          .describe(
            'Actions for which a user may tick "do not ask again" and send without the review screen (text is still pseudonymised). Empty: every request is reviewed.'
          ),
      })
      .prefault({})
      .describe("The review of what leaves, before each request."),
    limits: z
      .strictObject({
        maxRequestChars: count(1)
          .default(400_000)
          .describe(
            "Largest request, in characters of message text (about 250 pages). Longer documents are split by the add-in; a longer request is refused with 413."
          ),
        maxMessages: count(1).default(200).describe("Most messages in one request."),
      })
      .prefault({})
      .describe("Size of a request."),
    rateLimits: z
      .strictObject({
        requestsPerMinute: count()
          .default(60)
          .describe(
            "Requests per user per minute (0: unlimited). Room for a long document summarised part by part."
          ),
        requestsPerDay: count()
          .default(2000)
          .describe("Requests per user per UTC day (0: unlimited)."),
        tokensPerMinute: count()
          .default(400_000)
          .describe("Tokens (prompt and answer) per user per minute (0: unlimited)."),
        tokensPerDay: count()
          .default(4_000_000)
          .describe(
            "Tokens (prompt and answer) per user per UTC day (0: unlimited), about 20 long case files."
          ),
      })
      .prefault({})
      .describe("Per-user quotas, counted in fixed windows (each clock minute, each UTC day)."),
    charter: z
      .strictObject({
        text: z
          .union([z.string(), z.array(z.string())])
          .transform((text) => (Array.isArray(text) ? text.join("\n") : text))
          .refine(
            (text) => text.trim() !== "",
            says("la charte ne peut pas être vide", "the charter cannot be empty")
          )
          .default(DEFAULT_CHARTER)
          .describe(
            "The note each user reads and acknowledges on first use, in French: a string, or a list of lines (joined with line breaks)."
          ),
        version: z
          .string()
          .min(1)
          .default("1")
          .describe(
            "Version of the charter. Change it whenever the text changes, so that every user acknowledges it again."
          ),
      })
      .prefault({})
      .describe("The charter shown on first use."),
  })
  .prefault({})
  .describe("The administration's policy.");

export const configSchema = z
  .strictObject({
    server: serverSchema,
    upstream: upstreamSchema,
    auth: z.strictObject({ entra: entraSchema }).prefault({}).describe("How users are identified."),
    policy: policySchema,
    audit: z
      .strictObject({
        path: z
          .string()
          .min(1)
          .default("./plume-audit.db")
          .describe(
            "SQLite file of the audit trail, relative to the working directory; created if absent. Environment: PLUME_AUDIT_DB."
          ),
        flush: z
          .enum(AUDIT_FLUSHES)
          .default("disk")
          .describe(
            "When a call's record counts as written, and so when its answer may end: `disk`, once flushed to disk (fdatasync), so that neither a killed process nor a power loss loses it; for a call that reached the model, once committed, its note (written before the model saw the call) being flushed already, so that a power loss before the record's own flush (the next one, within a second) leaves the call audited as `interrupted`. `os`, once committed to the operating system, so that a killed process loses none but a power loss may lose the last records written (the chain stays whole, a head noted since may no longer be found)."
          ),
      })
      .prefault({})
      .describe("The audit trail (one record per call, no content)."),
    logging: z
      .strictObject({
        level: z
          .enum(LOG_LEVELS)
          .default("info")
          .describe("Least severe level written to the log (pino)."),
      })
      .prefault({})
      .describe("Logs (never any content)."),
  })
  .superRefine((config, ctx) => {
    const needed = MAX_BYTES_PER_CHAR * config.policy.limits.maxRequestChars;
    if (config.server.bodyLimitBytes < needed) {
      ctx.addIssue({
        code: "custom",
        path: ["server", "bodyLimitBytes"],
        ...says(
          `doit valoir au moins ${needed} (3 × policy.limits.maxRequestChars), sinon des demandes de taille permise seraient refusées`,
          `must be at least ${needed} (3 × policy.limits.maxRequestChars), or requests of an allowed size would be refused`
        ),
      });
    }
  });

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type RateLimits = Config["policy"]["rateLimits"];

/** Every section and setting of `plume.config.json` with its type, default and description. */
export function describeSchema(): SettingRow[] {
  return describeObject(configSchema);
}
