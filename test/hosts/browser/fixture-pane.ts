/*
 * A stand-in for the task pane bundle in the tests' build: it creates the browser host as the pane does
 * and leaves it on `window` for the test to call, with every theme the host reported.
 */
import { createBrowserHost } from "../../../src/hosts/browser/browser-host.ts";
import type { Host, HostError, HostTheme } from "../../../src/hosts/host.ts";

declare global {
  interface Window {
    plumeHost?: Host;
    plumeHostFailure?: { name: string; code: string; message: string };
    plumeThemes: HostTheme[];
  }
}

window.plumeThemes = [];

const timeout = Number(
  new URLSearchParams(window.location.search).get("handshakeTimeoutMs") ?? 10_000
);
createBrowserHost(window, { handshakeTimeoutMs: timeout }).then(
  (host) => {
    host.onThemeChange((theme) => window.plumeThemes.push(theme));
    window.plumeHost = host;
  },
  (error: HostError) => {
    window.plumeHostFailure = { name: error.name, code: error.code, message: error.message };
  }
);
