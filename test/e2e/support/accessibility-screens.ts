/*
 * Every screen of the pane, reached as a user reaches it, for the checks that look at each one (axe,
 * width, screenshots). Four sessions: Word (charter to errors), Outlook read, Outlook compose, and a
 * long document being read by parts.
 */
import type { Browser } from "playwright-core";
import { hang, rateLimited, reply } from "../../support/mistral-stand-in.ts";
import { buildCaseFile } from "./long-document-case-file.ts";
import {
  chooseAction,
  openPlume,
  pasteAsNewDocument,
  type PlumeOptions,
  type PlumeSession,
} from "./plume.ts";

export type Theme = "light" | "dark";

export interface TourOptions {
  viewport?: PlumeOptions["viewport"];
  /** The task pane frame's width in CSS pixels; the browser host's own (350) when absent. */
  paneWidth?: number;
}

/** Called on each screen, the pane still; `name` says which screen, for messages and file names. */
export type Visit = (name: string, session: PlumeSession) => Promise<void>;

/** Office's background in each theme (OFFICE_THEMES of the browser host), as the pane paints it. */
const BACKGROUND: Record<Theme, string> = { light: "rgb(255, 255, 255)", dark: "rgb(41, 41, 41)" };

/** Switches Office's theme on the page and waits for the pane to follow it. */
export async function setTheme(session: PlumeSession, theme: Theme): Promise<void> {
  await session.page.getByTestId("theme-control").selectOption(theme);
  await session.pane.waitForFunction(
    (background) =>
      getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor ===
      background,
    BACKGROUND[theme]
  );
  await settled(session);
}

/** Waits for Fluent's colour transitions to end: halfway, a button is grey on grey. */
async function settled(session: PlumeSession): Promise<void> {
  await session.pane.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) => !(animation instanceof CSSTransition) || animation.playState !== "running"
      )
  );
}

/** Sets the width the task pane's page gets, as a user dragging Office's pane edge does. */
async function setPaneWidth(session: PlumeSession, width: number): Promise<void> {
  // The frame's border is the host page's, not the pane's.
  await session.page.getByTestId("taskpane").evaluate((frame: HTMLElement, px) => {
    frame.style.width = `${px + frame.offsetWidth - frame.clientWidth}px`;
  }, width);
  await session.pane.waitForFunction((px) => window.innerWidth === px, width);
}

async function open(
  browser: Browser,
  options: TourOptions,
  plume: PlumeOptions
): Promise<PlumeSession> {
  const session = await openPlume(browser, {
    ...plume,
    ...(options.viewport && { viewport: options.viewport }),
  });
  if (options.paneWidth !== undefined) await setPaneWidth(session, options.paneWidth);
  return session;
}

const review = (session: PlumeSession) =>
  session.pane.getByRole("heading", { name: "Vérifiez ce qui va partir" }).waitFor();
const send = (session: PlumeSession) =>
  session.pane.getByRole("button", { name: "Envoyer" }).click();
const newRequest = (session: PlumeSession) =>
  session.pane.getByRole("button", { name: "Nouvelle demande" }).click();

/**
 * Word, from the charter: home, settings, an error on home, review (and its notice), result running,
 * cancelled, done, failed.
 */
async function wordScreens(session: PlumeSession, visit: Visit): Promise<void> {
  const { pane, fixture } = session;
  // Three requests: one left hanging (then cancelled), one answered, one refused for quota (its
  // Retry-After longer than the gateway waits, so passed on at once, without a retry).
  fixture.standIn.script(
    hang(),
    reply("Mme [PERSONNE_2] doit fournir son acte de naissance (dossier [DOSSIER_1]).", {
      chunkSize: 8,
    }),
    rateLimited(30)
  );
  await pane.getByRole("heading", { name: "Avant de commencer" }).waitFor();
  await visit("charter", session);
  await pane.getByRole("button", { name: /J'ai lu/ }).click();
  await pane.getByRole("heading", { name: "Que voulez-vous faire ?" }).waitFor();
  await visit("home-word", session);

  await pane.getByRole("button", { name: "Paramètres" }).click();
  await pane.getByRole("heading", { name: "Paramètres" }).waitFor();
  await visit("settings", session);
  await pane.getByRole("button", { name: "Retour" }).click();

  await chooseAction(pane, /^Résumer/, { source: /^La sélection$/ });
  await pane.getByText("Sélectionnez d'abord du texte dans votre document").waitFor();
  await visit("error-home", session);

  await chooseAction(pane, /^Résumer/, { source: "Tout le document" });
  await review(session);
  await visit("review", session);
  // The policy lets no mask be lifted: a placeholder clicked says so.
  await pane.getByTestId("redacted-text").locator("[data-placeholder]").first().click();
  await pane.getByText("ne permet pas de démasquer ce type de donnée").waitFor();
  await visit("review-notice", session);
  await send(session);
  await pane.getByText("Le modèle rédige…").waitFor();
  await visit("result-running", session);
  await pane.getByRole("button", { name: "Arrêter" }).click();
  await pane.getByText(/^Arrêté\./).waitFor();
  await visit("result-cancelled", session);

  await newRequest(session);
  await chooseAction(pane, /^Résumer/, { source: "Tout le document" });
  await review(session);
  await send(session);
  await pane.getByText("Réponse terminée").waitFor();
  await visit("result-done", session);

  await newRequest(session);
  await chooseAction(pane, /^Résumer/, { source: "Tout le document" });
  await review(session);
  await send(session);
  await pane.getByText("Vous avez atteint le nombre de demandes autorisé.").waitFor();
  await visit("error-result", session);
}

/** A document longer than one request, its parts left unanswered: the progress of a reading by parts. */
async function partsScreen(session: PlumeSession, visit: Visit): Promise<void> {
  const { pane, fixture } = session;
  fixture.standIn.script(hang(), hang(), hang());
  await pasteAsNewDocument(session, buildCaseFile(30_000).text);
  await chooseAction(pane, /^Résumer/, { source: "Tout le document" });
  await review(session);
  await send(session);
  await pane.getByText(/^Parties résumées : 0 sur \d+$/).waitFor();
  await visit("result-parts", session);
}

/** Visits every screen of the pane; each session is closed before the next opens. */
export async function visitEveryScreen(
  browser: Browser,
  options: TourOptions,
  visit: Visit
): Promise<void> {
  const tours: Array<[PlumeOptions, (session: PlumeSession) => Promise<void>]> = [
    [{ acceptCharter: false }, (session) => wordScreens(session, visit)],
    [{ surface: "read" }, (session) => visit("home-read", session)],
    [{ surface: "compose" }, (session) => visit("home-compose", session)],
    [{ policy: { limits: { maxRequestChars: 8000 } } }, (session) => partsScreen(session, visit)],
  ];
  for (const [plume, tour] of tours) {
    const session = await open(browser, options, plume);
    try {
      await tour(session);
    } finally {
      await session.close();
    }
  }
}
