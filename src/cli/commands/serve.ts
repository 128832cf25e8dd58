import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startGateway } from "../../gateway/server.ts";
import { writeDevPid } from "../dev-pid-file.ts";
import { UserError } from "../input.ts";
import { write, type CliIO } from "../io.ts";
import type { Messages } from "../messages.ts";
import { checkTlsFiles, startProblem } from "../start-problems.ts";

/**
 * Runs the gateway until SIGINT or SIGTERM, then lets the calls in flight finish. With `--dev`
 * (`npm start`), it serves HTTPS with the Office developer certificates and, when no sign-in is
 * configured, makes a dev token for this session and prints it.
 */
export async function serveCommand(args: string[], io: CliIO, t: Messages): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { config: { type: "string" }, dev: { type: "boolean" } },
  });
  let env = io.env;
  let https: { cert: Buffer; key: Buffer } | undefined;
  if (values.dev) {
    https = await developerCertificates(io, t);
    if (!env.PLUME_DEV_TOKEN) {
      const token = randomBytes(18).toString("base64url");
      env = { ...env, PLUME_DEV_TOKEN: token };
      await write(io.stderr, t.devToken(token) + "\n");
    }
  }
  await checkTlsFiles(env, t);
  let gateway;
  try {
    gateway = await startGateway({
      env,
      ...(values.config && { configPath: values.config }),
      ...(https && { https }),
      publishDevToken: Boolean(values.dev),
      demoWithoutKey: Boolean(values.dev),
    });
  } catch (error) {
    const problem = startProblem(error, t);
    if (problem !== undefined) throw new UserError(problem);
    // Other start-up checks (the Entra ID settings) say themselves, in French, what is wrong.
    if (error instanceof Error && error.constructor === Error) throw new UserError(error.message);
    throw error;
  }
  const { config, secrets, file } = gateway.loaded;
  // The developer certificates and the manifests name localhost, not the loopback address.
  const addinOrigin = gateway.url.replace(/\/\/(127\.0\.0\.1|\[::1\])(?=[:/]|$)/, "//localhost");
  await write(
    io.stderr,
    t.serving({
      url: gateway.url,
      config: file,
      models: config.policy.models.allowed,
      upstream: gateway.demo ? "demo" : secrets.mistralApiKey ? config.upstream.serverURL : null,
      auth: [config.auth.entra ? "Entra ID" : "", secrets.devToken ? "dev token" : ""].filter(
        Boolean
      ),
      addin: existsSync(join(config.server.addinDir, "taskpane.html"))
        ? {
            browser: new URL("/browser.html", addinOrigin).href,
            manifests: ["manifest-word.xml", "manifest-outlook.xml"].map(
              (name) => new URL(`/${name}`, addinOrigin).href
            ),
          }
        : null,
    }) + "\n"
  );
  const forgetPid = values.dev ? writeDevPid(process.cwd(), process.pid) : () => {};
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await write(io.stderr, t.stopping + "\n");
  await gateway.stop();
  forgetPid();
  return 0;
}

/**
 * The Office developer certificates for https://localhost. office-addin-dev-certs makes them and
 * asks the system to trust its CA; where that cannot be done (no sudo), the certificates it made
 * are used all the same and the CA's path is given, to trust by hand.
 */
async function developerCertificates(
  io: CliIO,
  t: Messages
): Promise<{ cert: Buffer; key: Buffer } | undefined> {
  const { getHttpsServerOptions } = await import("office-addin-dev-certs");
  try {
    const options = await getHttpsServerOptions();
    return { cert: Buffer.from(options.cert), key: Buffer.from(options.key) };
  } catch {
    const dir = join(homedir(), ".office-addin-dev-certs");
    const cert = join(dir, "localhost.crt");
    const key = join(dir, "localhost.key");
    if (!existsSync(cert) || !existsSync(key)) return undefined;
    await write(io.stderr, t.untrustedDevCertificates(join(dir, "ca.crt")) + "\n");
    return { cert: readFileSync(cert), key: readFileSync(key) };
  }
}
