/// <reference types="office-js" />
import { OfficeApp } from "office-addin-manifest";
import { OfficeMockObject } from "office-addin-mock";

/** Requirement sets the fake host supports, by name and highest version ("WordApi": "1.4"). */
export type RequirementSets = Record<string, string>;

export interface FakeOfficeOptions {
  requirementSets: RequirementSets;
  displayLanguage?: string;
  officeTheme?: Partial<Office.OfficeTheme>;
  /** Further members of Office.context (mailbox). */
  context?: Record<string, unknown>;
}

function versionAtMost(version: string, highest: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [topMajor = 0, topMinor = 0] = highest.split(".").map(Number);
  return major < topMajor || (major === topMajor && minor <= topMinor);
}

/**
 * The `Office` namespace as an OfficeMockObject. The namespace has no load/sync, so the mock runs in
 * its Outlook mode, where properties hold plain values.
 */
export function fakeOffice(options: FakeOfficeOptions): typeof Office {
  const data = {
    context: {
      displayLanguage: options.displayLanguage ?? "fr-FR",
      ...(options.officeTheme === undefined ? {} : { officeTheme: options.officeTheme }),
      requirements: {
        isSetSupported: (name: string, version = "1.1") => {
          const highest = options.requirementSets[name];
          return highest !== undefined && versionAtMost(version, highest);
        },
      },
      ...options.context,
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
    HostType: { Word: "Word", Outlook: "Outlook" },
  };
  return new OfficeMockObject(data, OfficeApp.Outlook) as unknown as typeof Office;
}
