/**
 * What the task pane needs of the application it runs in (Word, Outlook, or the browser host), and
 * nothing more: the pane never touches Office.js, only this interface.
 */

/** Where the pane runs: Word's document, an Outlook message being read, or one being written. */
export type HostSurface = "document" | "read" | "compose";

export interface HostContext {
  app: "word" | "outlook";
  surface: HostSurface;
  /** Office's display language, as BCP 47 ("fr-FR", "en-US"). */
  displayLanguage: string;
}

/** Office's theme, when the host gives one: the pane follows it (dark mode included). */
export interface HostTheme {
  dark: boolean;
  bodyBackground: string;
  bodyForeground: string;
}

/** What this host, at this requirement set, can do; the pane offers only these. */
export interface HostCapabilities {
  /** Insert text at the cursor (Word; Outlook compose). */
  insertAtCursor: boolean;
  /** Replace the selected text (Word; Outlook compose). */
  replaceSelection: boolean;
  /** Replace as tracked changes (Word, WordApi 1.4). */
  trackChanges: boolean;
  /** Attach the text as a comment on the selection (Word, WordApi 1.4). */
  comment: boolean;
  /** Open a reply form holding the text (Outlook read). */
  reply: boolean;
  /** Insert into the draft above the signature and quoted history (Outlook compose). */
  insertIntoDraft: boolean;
  /** Read the whole thread, quoted history included (Outlook read). */
  readThread: boolean;
}

/** A whole document or message as plain text, with where its headings start (for splitting). */
export interface HostDocument {
  text: string;
  /** Offsets in `text` of the first character of each heading paragraph, ascending. */
  headingStarts: number[];
}

export type HostErrorCode =
  /** The action needs a selection and there is none. */
  | "no-selection"
  /** The host cannot do this here (requirement set, surface). */
  | "unsupported"
  /** The text exceeds what the host accepts (Outlook's 32 KB reply body). */
  | "too-long"
  /** The host refused or failed; the document was left as it was. */
  | "host-failed"
  /** The user kept typing where the text was to go; nothing was written. */
  | "changed-meanwhile";

/** A failure the pane can explain; `limit` is set for "too-long" (in characters). */
export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly limit: number | undefined;

  constructor(code: HostErrorCode, message: string, options?: { limit?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "HostError";
    this.code = code;
    this.limit = options?.limit;
  }
}

export interface Host {
  readonly context: HostContext;
  readonly capabilities: HostCapabilities;
  /** The selected text, "" when nothing is selected (Outlook read: always ""). */
  readSelection(): Promise<string>;
  /** Word: the body. Outlook read: the message without quoted history. Compose: the draft above the signature. */
  readDocument(): Promise<HostDocument>;
  /** Outlook read: the message with its quoted history, as plain text. Throws "unsupported" elsewhere. */
  readThread(): Promise<HostDocument>;
  insertAtCursor(text: string): Promise<void>;
  replaceSelection(text: string, options: { trackChanges: boolean }): Promise<void>;
  addComment(text: string): Promise<void>;
  openReply(text: string): Promise<void>;
  insertIntoDraft(text: string): Promise<void>;
  /** The current theme, undefined when the host gives none. */
  readTheme(): HostTheme | undefined;
  /** Calls `listener` when the theme changes; returns the unsubscribe function. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
}
