import { createHash, timingSafeEqual } from "node:crypto";
import type { Identity } from "./identity.ts";
import { isLoopbackHost } from "./loopback.ts";

/** The environment variable holding the static token of a machine without Entra ID. */
export const DEV_TOKEN_ENV = "PLUME_DEV_TOKEN";

/** Who the dev token authenticates. Entra ids are GUIDs, so "dev" never collides with a real user. */
export const DEV_IDENTITY: Readonly<Identity> = Object.freeze({ userId: "dev", tenantId: "dev" });

/**
 * A refusal to start, written for the admin in both languages like the configuration's errors:
 * `message` is French, `messageEn` English, each ready to print with no stack.
 */
export class StartRefusedError extends Error {
  override readonly name = "StartRefusedError";
  readonly messageEn: string;

  constructor(text: { fr: string; en: string }) {
    super(text.fr);
    this.messageEn = text.en;
  }
}

/** The configured dev token, or undefined when the variable is unset or blank. */
export function readDevToken(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const token = env[DEV_TOKEN_ENV]?.trim();
  return token ? token : undefined;
}

/**
 * Refuses to start a gateway that would accept the dev token from the network: the token is only
 * allowed when the gateway listens on loopback, and not behind a reverse proxy (whose connections come
 * from loopback whoever sent them). The message names the host, never the token.
 */
export function assertDevTokenAllowed(
  host: string,
  devToken: string | undefined = readDevToken(),
  trustProxy: boolean | readonly string[] = false
): void {
  if (devToken === undefined) return;
  if (trustProxy === true || (Array.isArray(trustProxy) && trustProxy.length > 0)) {
    throw new StartRefusedError({
      fr:
        `Démarrage refusé : ${DEV_TOKEN_ENV} est défini alors que la passerelle est derrière un proxy inverse ` +
        `(server.trustProxy) : ses connexions viennent de la boucle locale quel que soit leur émetteur. ` +
        `Retirez ${DEV_TOKEN_ENV} et configurez Entra ID.`,
      en:
        `Start refused: ${DEV_TOKEN_ENV} is set while the gateway is behind a reverse proxy ` +
        `(server.trustProxy): its connections come from loopback whoever sent them. ` +
        `Remove ${DEV_TOKEN_ENV} and configure Entra ID.`,
    });
  }
  if (isLoopbackHost(host)) return;
  throw new StartRefusedError({
    fr:
      `Démarrage refusé : ${DEV_TOKEN_ENV} est défini alors que la passerelle écoute sur « ${host} », une adresse ` +
      `joignable depuis d'autres machines. Le jeton de développement n'est admis qu'en boucle locale ` +
      `(HOST=127.0.0.1, ::1 ou localhost). Retirez ${DEV_TOKEN_ENV} ou configurez Entra ID pour un accès en réseau.`,
    en:
      `Start refused: ${DEV_TOKEN_ENV} is set while the gateway listens on "${host}", an address ` +
      `reachable from other machines. The dev token is only accepted on loopback ` +
      `(HOST=127.0.0.1, ::1 or localhost). Remove ${DEV_TOKEN_ENV}, or configure Entra ID for network access.`,
  });
}

/**
 * A check of presented tokens against the dev token, in constant time: both sides are hashed first,
 * so timingSafeEqual always compares 32 bytes and neither content nor length leaks through timing.
 */
export function devTokenMatcher(devToken: string): (presented: string) => boolean {
  const expected = sha256(devToken);
  return (presented) => timingSafeEqual(sha256(presented), expected);
}

function sha256(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}
