import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync } from "fastify";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { generateManifests, MANIFEST_HOSTS } from "../../manifests/generate.ts";

/**
 * Where Office may show the task pane in a frame (Office on the web, new Outlook) besides the pane's
 * own origin (the browser host); desktop Office uses a web view, not a frame.
 */
const OFFICE_FRAME_ANCESTORS = [
  "'self'",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.officeapps.live.com",
  "https://*.sharepoint.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://outlook.live.com",
];

/**
 * The pane's policy: its own scripts and Office.js from Microsoft's CDN, styles injected at run time by
 * Fluent UI (Griffel), calls to this gateway and to Entra ID for sign-in, the engine's worker.
 */
const PANE_CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://login.microsoftonline.com",
  "worker-src 'self'",
  "frame-src 'self' https://login.microsoftonline.com",
  "object-src 'none'",
  "base-uri 'self'",
  `frame-ancestors ${OFFICE_FRAME_ANCESTORS.join(" ")}`,
].join("; ");

/** Bundles carry a content hash in their name: cached for good. Pages and manifests: always revalidated. */
function cacheControl(path: string): string {
  if (/\.[0-9a-f]{8}\.js$/.test(path)) return "public, max-age=31536000, immutable";
  if (path.includes("/assets/")) return "public, max-age=86400";
  return "no-cache";
}

/**
 * Whether a Range header is a set of byte ranges RFC 9110 §14.1.2 can read (`bytes=0-99`, `bytes=-500`,
 * several separated by commas), each with its last byte not before its first. The file server would
 * answer 416 to any other; the RFC has it ignored instead, and the whole file sent.
 */
function isByteRangeSet(range: string): boolean {
  const match = /^ *bytes=(.*)$/.exec(range);
  if (!match) return true; // another unit: the file server ignores it already
  const specs = (match[1] ?? "")
    .split(",")
    .map((spec) => spec.trim())
    .filter(Boolean);
  return (
    specs.length > 0 &&
    specs.every((spec) => {
      const bounds = /^(\d*)-(\d*)$/.exec(spec);
      if (!bounds) return false;
      const [, first = "", last = ""] = bounds;
      if (first === "") return last !== "";
      return last === "" || Number(last) >= Number(first);
    })
  );
}

export interface StaticFilesOptions {
  /** The built add-in (`npm run build`). */
  root: string;
  /** The origin users reach the gateway at: the manifests are generated for it when given. */
  publicOrigin?: string | undefined;
}

/**
 * Serves the built add-in (task pane, commands, browser host, icons) and the manifests at the root. Its pages
 * are framed by Office, so they get their own headers instead of the API's "no frame, no script".
 */
export const staticFiles: FastifyPluginAsync<StaticFilesOptions> = async (scope, options) => {
  const root = resolve(options.root);
  scope.addHook("onRequest", async (request) => {
    const { range } = request.headers;
    if (range !== undefined && !isByteRangeSet(range)) delete request.raw.headers.range;
  });
  scope.addHook("onSend", async (request, reply) => {
    if (reply.statusCode >= 400) return;
    reply.removeHeader("x-frame-options");
    reply.header("content-security-policy", PANE_CSP);
    reply.header("cache-control", cacheControl(request.url.split("?")[0] ?? ""));
    reply.header("cross-origin-resource-policy", "cross-origin");
  });
  if (options.publicOrigin !== undefined) {
    // For the admin center's "link to the manifest file": stable URLs, this origin, stable add-in ids.
    const manifests = generateManifests({ origin: options.publicOrigin });
    for (const host of MANIFEST_HOSTS) {
      const { file, xml } = manifests[host];
      scope.get(`/${file}`, async (_request, reply) =>
        reply.type("application/xml; charset=utf-8").send(xml)
      );
    }
  }
  if (!existsSync(root)) {
    scope.log.warn({ root }, "add-in not built (npm run build): the gateway serves the API only");
    return;
  }
  await scope.register(fastifyStatic, {
    root,
    index: false,
    cacheControl: false,
    // The build's .br and .gz copies, for browsers that accept them (`Vary: Accept-Encoding`).
    preCompressed: true,
    // Dot-files and source maps are not the add-in's business to serve.
    allowedPath: (path) =>
      !path.split("/").some((part) => part.startsWith(".")) && !path.endsWith(".map"),
  });
  scope.get("/", async (_request, reply) => reply.redirect("/browser.html"));
};
