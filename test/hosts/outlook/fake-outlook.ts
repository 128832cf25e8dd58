/// <reference types="office-js" />
import { fakeOffice } from "../word/fake-office.ts";

/** A message in Outlook, and what the add-in did to it. */
export interface FakeMail {
  /** Read: Outlook's text rendering of the body. Compose: the body in its own format. */
  body: string;
  bodyType: "html" | "text";
  subject: string;
  /** Compose: the selection, as offsets in the body or the subject. */
  selection: { start: number; end: number; in: "body" | "subject" };
  /** The bodies of the reply forms opened. */
  replies: string[];
  /** Each setSelectedDataAsync / setAsync, with its coercion type. */
  writes: Array<{ method: string; data: string; coercionType: string | undefined }>;
}

type FailingMethod =
  | "getAsync"
  | "setAsync"
  | "getTypeAsync"
  | "getSelectedDataAsync"
  | "setSelectedDataAsync"
  | "displayReplyForm"
  | "displayReplyFormAsync";

export interface FakeOutlookOptions {
  surface: "read" | "compose";
  /** Outlook's highest Mailbox requirement set. */
  mailbox: string;
  failOn?: FailingMethod;
  /** The user typing into the body right after Outlook answered its `reads`-th read (from 1). */
  typeAfterRead?: (message: FakeMail, reads: number) => void;
  officeTheme?: Partial<Office.OfficeTheme>;
}

export interface FakeOutlook {
  office: typeof Office;
  /** Outlook firing OfficeThemeChanged to the handlers registered. */
  changeTheme(theme: Partial<Office.OfficeTheme>): void;
  themeHandlers(): number;
}

type Callback = (result: unknown) => void;

export function mail(body: string, overrides: Partial<FakeMail> = {}): FakeMail {
  return {
    body,
    bodyType: "html",
    subject: "Demande de rendez-vous",
    selection: { start: 0, end: 0, in: "body" },
    replies: [],
    writes: [],
    ...overrides,
  };
}

/** Outlook's Office namespace, its callback API answering from `message`. */
export function fakeOutlook(message: FakeMail, options: FakeOutlookOptions): FakeOutlook {
  const handlers = new Set<(event: unknown) => void>();

  /** Calls back as Outlook does; a failure's message holds the body, as a debug message may. */
  function answer(method: FailingMethod, callback: Callback | undefined, value?: unknown): void {
    const failed = options.failOn === method;
    callback?.({
      status: failed ? "failed" : "succeeded",
      value: failed ? undefined : value,
      error: failed
        ? { code: 9002, name: "InternalServerError", message: `Échec sur : ${message.body}` }
        : undefined,
    });
  }

  function write(
    method: FailingMethod,
    data: string,
    coercionType: string | undefined,
    apply: () => void
  ): void {
    if (options.failOn === method) return;
    message.writes.push({ method, data, coercionType });
    apply();
  }

  const selected = () => {
    const { start, end, in: field } = message.selection;
    return (field === "body" ? message.body : message.subject).slice(start, end);
  };

  const readItem = {
    itemType: "message",
    body: {
      getAsync: (_coercionType: string, callback: Callback) =>
        answer("getAsync", callback, message.body),
    },
    displayReplyForm(formData: string) {
      if (options.failOn === "displayReplyForm") throw new Error(`Échec sur : ${formData}`);
      message.replies.push(formData);
    },
    displayReplyFormAsync(formData: string, callback?: Callback) {
      if (options.failOn !== "displayReplyFormAsync") message.replies.push(formData);
      answer("displayReplyFormAsync", callback);
    },
  };

  let reads = 0;
  const composeItem = {
    itemType: "message",
    body: {
      getAsync(_coercionType: string, callback: Callback) {
        answer("getAsync", callback, message.body);
        options.typeAfterRead?.(message, ++reads);
      },
      getTypeAsync: (callback: Callback) => answer("getTypeAsync", callback, message.bodyType),
      setAsync(data: string, options: { coercionType?: string }, callback?: Callback) {
        write("setAsync", data, options.coercionType, () => {
          message.body = data;
        });
        answer("setAsync", callback);
      },
    },
    getSelectedDataAsync(_coercionType: string, callback: Callback) {
      answer("getSelectedDataAsync", callback, {
        data: selected(),
        sourceProperty: message.selection.in,
      });
    },
    setSelectedDataAsync(data: string, options: { coercionType?: string }, callback?: Callback) {
      write("setSelectedDataAsync", data, options.coercionType, () => {
        const { start, end, in: field } = message.selection;
        const target = field === "body" ? message.body : message.subject;
        const changed = target.slice(0, start) + data + target.slice(end);
        if (field === "body") message.body = changed;
        else message.subject = changed;
      });
      answer("setSelectedDataAsync", callback);
    },
  };

  const office = fakeOffice({
    requirementSets: { Mailbox: options.mailbox },
    ...(options.officeTheme === undefined ? {} : { officeTheme: options.officeTheme }),
    context: {
      mailbox: {
        item: options.surface === "read" ? readItem : composeItem,
        addHandlerAsync(
          _eventType: string,
          handler: (event: unknown) => void,
          callback?: Callback
        ) {
          handlers.add(handler);
          callback?.({ status: "succeeded" });
        },
        removeHandlerAsync(_eventType: string, callback?: Callback) {
          handlers.clear();
          callback?.({ status: "succeeded" });
        },
      },
    },
  });

  return {
    office,
    changeTheme(theme) {
      for (const handler of handlers) handler({ type: "officeThemeChanged", officeTheme: theme });
    },
    themeHandlers: () => handlers.size,
  };
}
