import { parseArgs } from "node:util";
import { ConfigError } from "../../gateway/config/load.ts";
import { startGateway } from "../../gateway/server.ts";
import { UserError } from "../input.ts";
import { write, type CliIO } from "../io.ts";
import type { Messages } from "../messages.ts";

/** Runs the gateway until SIGINT or SIGTERM, then lets the calls in flight finish. */
export async function serveCommand(args: string[], io: CliIO, t: Messages): Promise<number> {
  const { values } = parseArgs({ args, options: { config: { type: "string" } } });
  let gateway;
  try {
    gateway = await startGateway({
      env: io.env,
      ...(values.config && { configPath: values.config }),
    });
  } catch (error) {
    if (error instanceof ConfigError)
      throw new UserError(t.lang === "en" ? error.messageEn : error.message);
    // The start-up checks (a dev token off loopback, TLS files) say themselves what is wrong.
    if (error instanceof Error && !(error as NodeJS.ErrnoException).code)
      throw new UserError(error.message);
    throw error;
  }
  const { config, secrets, file } = gateway.loaded;
  await write(
    io.stderr,
    t.serving({
      url: gateway.url,
      config: file,
      models: config.policy.models.allowed,
      upstream: secrets.mistralApiKey ? config.upstream.serverURL : null,
      auth: [config.auth.entra ? "Entra ID" : "", secrets.devToken ? "dev token" : ""].filter(
        Boolean
      ),
    }) + "\n"
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await write(io.stderr, t.stopping + "\n");
  await gateway.stop();
  return 0;
}
