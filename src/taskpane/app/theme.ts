import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { HostTheme } from "../../hosts/host.ts";

/** Fluent's web theme matching Office's: dark when Office is dark, with Office's own background. */
export function fluentTheme(hostTheme: HostTheme | undefined): Theme {
  if (!hostTheme) return webLightTheme;
  const base = hostTheme.dark ? webDarkTheme : webLightTheme;
  return {
    ...base,
    colorNeutralBackground1: hostTheme.bodyBackground || base.colorNeutralBackground1,
    colorNeutralForeground1: hostTheme.bodyForeground || base.colorNeutralForeground1,
  };
}
