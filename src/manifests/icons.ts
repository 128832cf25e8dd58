import { resourceReferences } from "./resources.ts";
import { settingValues } from "./settings.ts";
import { attribute, xsiType, type XmlElement } from "./xml-tree.ts";

export interface IconReference {
  readonly url: string;
  /** Width and height in pixels that Office expects of the image. */
  readonly size: number;
  readonly line: number;
}

/** The sizes Office documents for the add-in's own icons: IconUrl and HighResolutionIconUrl. */
const ADD_IN_ICON_SIZES: Readonly<
  Record<string, { IconUrl: number; HighResolutionIconUrl: number }>
> = {
  TaskPaneApp: { IconUrl: 32, HighResolutionIconUrl: 64 },
  ContentApp: { IconUrl: 32, HighResolutionIconUrl: 64 },
  MailApp: { IconUrl: 64, HighResolutionIconUrl: 128 },
};

/**
 * Every icon a manifest declares, with the size Office expects: the add-in icons by the kind of add-in,
 * each ribbon image by the `size` of the Icon entries that use it (one entry per size it is used at).
 */
export function manifestIcons(root: XmlElement): IconReference[] {
  const sizes = ADD_IN_ICON_SIZES[xsiType(root) ?? ""];
  const addInIcons = root.children.flatMap((child) => {
    const size =
      child.localName === "IconUrl" || child.localName === "HighResolutionIconUrl"
        ? sizes?.[child.localName]
        : undefined;
    return size === undefined
      ? []
      : settingValues(child).map(({ value, line }) => ({ url: value, line, size }));
  });
  const ribbonIcons = resourceReferences(root).flatMap(({ element, target }) => {
    const size = Number(attribute(element, "size"));
    if (target?.kind !== "Images" || !Number.isInteger(size)) return [];
    return settingValues(target.element).map(({ value, line }) => ({ url: value, line, size }));
  });
  const unique = new Map(
    [...addInIcons, ...ribbonIcons].map((icon) => [`${icon.url} ${icon.size}`, icon])
  );
  return [...unique.values()];
}
