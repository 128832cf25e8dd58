import type { HostSurface } from "../../host.ts";
import { OFFICE_THEMES, type ThemeName } from "./office-themes.ts";
import { linkPane } from "./pane-link.ts";
import { required, type Surface } from "./surface.ts";
import { composeSurface } from "./surfaces/compose-surface.ts";
import { readSurface } from "./surfaces/read-surface.ts";
import { wordSurface } from "./surfaces/word-surface.ts";

/*
 * The browser host page: Word and Outlook imitated on the left, the real task pane in an iframe on the
 * right. The page's address keeps its settings (?surface=read&theme=dark&lang=en-US), so a test or a
 * newcomer can open it in a given state and a reload keeps it.
 */

const LANGUAGES = ["fr-FR", "en-US"];
const THEMES: readonly ThemeName[] = ["light", "dark"];

const surfaces: Record<HostSurface, Surface> = {
  document: wordSurface(required(document, "#surface-document")),
  read: readSurface(required(document, "#surface-read")),
  compose: composeSurface(required(document, "#surface-compose")),
};
const isSurface = (value: string | null): value is HostSurface =>
  value !== null && value in surfaces;

const query = new URLSearchParams(window.location.search);
const initialSurface = query.get("surface");
const initialTheme = query.get("theme") as ThemeName | null;
const initialLanguage = query.get("lang");
const state = {
  surface: isSurface(initialSurface) ? initialSurface : "document",
  theme: initialTheme !== null && THEMES.includes(initialTheme) ? initialTheme : "light",
  language:
    initialLanguage !== null && LANGUAGES.includes(initialLanguage) ? initialLanguage : "fr-FR",
};

const frame = required<HTMLIFrameElement>(document, '[data-testid="taskpane"]');
const link = linkPane(frame, () => ({
  surface: surfaces[state.surface],
  displayLanguage: state.language,
  theme: OFFICE_THEMES[state.theme],
}));

function keepInAddress() {
  const address = new URL(window.location.href);
  address.search = new URLSearchParams({
    surface: state.surface,
    theme: state.theme,
    lang: state.language,
  }).toString();
  window.history.replaceState(null, "", address);
}

/** Opens the pane afresh, as Office does for another item or after a change of display language. */
function loadPane() {
  const { app, surface } = surfaces[state.surface].context;
  frame.src = `browser-taskpane.html?${new URLSearchParams({ app, surface })}`;
}

function showSurface() {
  for (const [name, surface] of Object.entries(surfaces)) {
    const panel = required(document, `#surface-${name}`);
    panel.hidden = name !== state.surface;
    if (!panel.hidden) surface.onShow?.();
  }
  required<HTMLInputElement>(document, `input[name="surface"][value="${state.surface}"]`).checked =
    true;
}

function applyTheme() {
  document.documentElement.dataset.theme = state.theme;
  required<HTMLSelectElement>(document, '[data-testid="theme-control"]').value = state.theme;
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="surface"]')) {
  radio.addEventListener("change", () => {
    if (!radio.checked || !isSurface(radio.value)) return;
    state.surface = radio.value;
    showSurface();
    loadPane();
    keepInAddress();
  });
}
required<HTMLSelectElement>(document, '[data-testid="theme-control"]').addEventListener(
  "change",
  (event) => {
    const value = (event.target as HTMLSelectElement).value as ThemeName;
    if (!THEMES.includes(value)) return;
    state.theme = value;
    applyTheme();
    link.pushTheme(OFFICE_THEMES[value]);
    keepInAddress();
  }
);
const languageControl = required<HTMLSelectElement>(document, '[data-testid="language-control"]');
languageControl.value = state.language;
languageControl.addEventListener("change", () => {
  if (!LANGUAGES.includes(languageControl.value)) return;
  state.language = languageControl.value;
  loadPane();
  keepInAddress();
});

applyTheme();
showSurface();
loadPane();
