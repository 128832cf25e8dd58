import { attribute, type XmlElement } from "./xml-tree.ts";

/**
 * The values of a locale-aware setting (IconUrl, SourceLocation, bt:Image, bt:String...): its DefaultValue
 * and the Value of each of its Override elements, each with its line.
 */
export function settingValues(setting: XmlElement): { value: string; line: number }[] {
  const overrides = setting.children.filter((child) => child.localName === "Override");
  return [setting, ...overrides].flatMap((element) => {
    const value = attribute(element, element === setting ? "DefaultValue" : "Value");
    return value === undefined ? [] : [{ value, line: element.line }];
  });
}
