import type { ChatClient } from "../../assistant/chat-client.ts";
import type { Host } from "../../hosts/host.ts";
import type { Catalogue } from "../i18n/index.ts";
import type { RedactionClient } from "../redaction/redaction-client.ts";
import type { PublicPolicy } from "../services/gateway-api.ts";

/** Everything the screens work with, made once at start-up. */
export interface Session {
  host: Host;
  t: Catalogue;
  policy: PublicPolicy;
  chat: ChatClient;
  redaction: RedactionClient;
  storage: Storage | undefined;
}
