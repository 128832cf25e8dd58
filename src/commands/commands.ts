import { Engine } from "../redaction/engine.ts";
import type { EntityType } from "../redaction/entity-types.ts";
import { summariseFindings } from "./findings.ts";

/**
 * Ribbon commands that run without the task pane. "Check for personal data" (Outlook compose) scans
 * the draft on the workstation and says what it holds in the message bar: nothing is sent anywhere.
 */
async function checkDraft(event: Office.AddinCommands.Event): Promise<void> {
  const item = Office.context.mailbox.item;
  try {
    const text = await new Promise<string>((resolve, reject) =>
      item?.body.getAsync(Office.CoercionType.Text, (result) =>
        result.status === Office.AsyncResultStatus.Succeeded
          ? resolve(result.value)
          : reject(new Error("body not readable"))
      )
    );
    const counts: Partial<Record<EntityType, number>> = {};
    for (const entity of new Engine().detect(text))
      counts[entity.type] = (counts[entity.type] ?? 0) + 1;
    const message = summariseFindings(counts, Office.context.displayLanguage);
    item?.notificationMessages.replaceAsync("plume-check", {
      type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
      message,
      icon: "Icon.16x16",
      persistent: false,
    });
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("checkDraft", checkDraft);
});
