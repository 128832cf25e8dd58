/// <reference types="office-js" />
import type { HostTheme } from "../host.ts";

/**
 * Below this relative luminance, white text contrasts more with the background than black text does
 * ((1 + 0.05) / (L + 0.05) = (L + 0.05) / (0 + 0.05)): the background is dark.
 */
const DARK_LUMINANCE = Math.sqrt(1.05 * 0.05) - 0.05;

const HEX_COLOR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** WCAG relative luminance of "#RRGGBB" or "#RGB", undefined when the text is no such color. */
export function relativeLuminance(color: string): number | undefined {
  const hex = HEX_COLOR.exec(color.trim())?.[1];
  if (hex === undefined) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  const [red, green, blue] = [0, 2, 4].map((at) => {
    const channel = parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** Outlook gives no isDarkTheme, so darkness is computed from the body background for every host. */
export function hostThemeFrom(
  theme: Pick<Office.OfficeTheme, "bodyBackgroundColor" | "bodyForegroundColor">
): HostTheme {
  const luminance = relativeLuminance(theme.bodyBackgroundColor);
  return {
    dark: luminance !== undefined && luminance < DARK_LUMINANCE,
    bodyBackground: theme.bodyBackgroundColor,
    bodyForeground: theme.bodyForegroundColor,
  };
}

/** The current theme; undefined when the host has none (Outlook before Mailbox 1.14, Word on the web). */
export function readOfficeTheme(office: typeof Office): HostTheme | undefined {
  const theme = office.context.officeTheme as Office.OfficeTheme | undefined;
  return theme?.bodyBackgroundColor ? hostThemeFrom(theme) : undefined;
}
