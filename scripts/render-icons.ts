/**
 * Renders assets/logo.svg into the PNG icons the manifests declare: `npx tsx scripts/render-icons.ts`.
 * Debian's Chromium draws the SVG at each size on a transparent page; nothing is fetched from the network.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ICON_SIZES = [16, 32, 64, 80, 128];
const ASSETS = fileURLToPath(new URL("../assets/", import.meta.url));

const svg = await readFile(`${ASSETS}logo.svg`);
const logo = `data:image/svg+xml;base64,${svg.toString("base64")}`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html style="background:transparent"><body style="margin:0"><img src="${logo}" width="${size}" height="${size}" style="display:block"></body></html>`
    );
    await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
    const path = `${ASSETS}icon-${size}.png`;
    await page.screenshot({
      path,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(path);
  }
} finally {
  await browser.close();
}
