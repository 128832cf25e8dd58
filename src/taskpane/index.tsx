import { createRoot } from "react-dom/client";
import type { Host } from "../hosts/host.ts";
import { Root } from "./app/Root.tsx";

/**
 * Office when Office.js is on the page (Word, Outlook), the browser host otherwise. Each adapter is
 * loaded on demand, so the pane never downloads the other.
 */
async function loadHost(): Promise<Host> {
  if (typeof Office !== "undefined") {
    const { createOfficeHost } = await import("../hosts/office/create-office-host.ts");
    return createOfficeHost();
  }
  const { createBrowserHost } = await import("../hosts/browser/browser-host.ts");
  return createBrowserHost(window);
}

createRoot(document.getElementById("root")!).render(<Root loadHost={loadHost} />);
