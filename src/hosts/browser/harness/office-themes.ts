import type { HostTheme } from "../../host.ts";
import { hostThemeFrom } from "../../office/theme.ts";

export type ThemeName = "light" | "dark";

/** Office's White and Black themes, reported as the Office adapter derives them from Office's colors. */
export const OFFICE_THEMES: Readonly<Record<ThemeName, HostTheme>> = {
  light: hostThemeFrom({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#242424" }),
  dark: hostThemeFrom({ bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF" }),
};
