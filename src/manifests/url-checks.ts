import type { ManifestCheck, ManifestProblem } from "./problem.ts";
import { ownResources, resourceReferences } from "./resources.ts";
import { settingValues } from "./settings.ts";
import { attribute, descendantsAndSelf, type XmlElement } from "./xml-tree.ts";

interface UrlValue {
  readonly value: string;
  readonly line: number;
  /** Loaded by Office into the add-in (pages, scripts, icons), as opposed to a link opened in a browser. */
  readonly loaded: boolean;
}

const TOP_LEVEL_URLS: Readonly<Record<string, boolean>> = {
  IconUrl: true,
  HighResolutionIconUrl: true,
  SupportUrl: false,
};

function valuesOf(setting: XmlElement, loaded: boolean): UrlValue[] {
  return settingValues(setting).map((value) => ({ ...value, loaded }));
}

function urlValues(root: XmlElement): UrlValue[] {
  // A Url resource is loaded unless only LearnMoreUrl (a link in the Get Started callout) points at it.
  const loadedResources = new Set(
    resourceReferences(root)
      .filter(({ element }) => element.localName !== "LearnMoreUrl")
      .map(({ target }) => target?.element)
  );
  const elements = [...descendantsAndSelf(root)];
  const addIn = root.children.flatMap((child) => {
    const loaded = TOP_LEVEL_URLS[child.localName];
    return loaded === undefined ? [] : valuesOf(child, loaded);
  });
  const pages = elements
    .filter((element) => element.localName === "SourceLocation")
    .flatMap((element) => valuesOf(element, true));
  const resources = elements
    .filter((element) => element.localName === "VersionOverrides")
    .flatMap(ownResources)
    .flatMap(({ kind, element }) => {
      if (kind === "Images") return valuesOf(element, true);
      return kind === "Urls" ? valuesOf(element, loadedResources.has(element)) : [];
    });
  return [...addIn, ...pages, ...resources];
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** The problem with a URL that is not absolute https, if any. */
function httpsProblem(label: string, value: string, line: number): ManifestProblem | undefined {
  const url = parseUrl(value);
  if (url === undefined) {
    return {
      line,
      message: `${label} « ${value} » n'est pas une URL absolue valide (https://hôte/chemin attendu).`,
    };
  }
  if (url.protocol !== "https:") {
    return {
      line,
      message: `${label} « ${value} » : Office exige https, pas ${url.protocol.slice(0, -1)}.`,
    };
  }
  return undefined;
}

function appDomains(root: XmlElement): XmlElement[] {
  return root.children
    .filter((child) => child.localName === "AppDomains")
    .flatMap((domains) => domains.children.filter((child) => child.localName === "AppDomain"));
}

const checkAppDomains: ManifestCheck = (root) =>
  appDomains(root).flatMap((domain): ManifestProblem[] => {
    const value = domain.text.trim();
    const problem = httpsProblem("AppDomain", value, domain.line);
    if (problem !== undefined) return [problem];
    const url = new URL(value);
    if (url.pathname === "/" && url.search === "" && url.hash === "") return [];
    return [
      {
        line: domain.line,
        message: `AppDomain « ${value} » : une origine est attendue (https://hôte ou https://hôte:port), sans chemin.`,
      },
    ];
  });

/** The origin of the add-in's first page (DefaultSettings for a task pane, the first form for Outlook). */
function homeOrigin(root: XmlElement): string | undefined {
  for (const element of descendantsAndSelf(root)) {
    const value =
      element.localName === "SourceLocation" ? attribute(element, "DefaultValue") : undefined;
    if (value === undefined) continue;
    const url = parseUrl(value);
    return url?.protocol === "https:" ? url.origin : undefined;
  }
  return undefined;
}

const checkUrls: ManifestCheck = (root) => {
  const values = urlValues(root);
  const home = homeOrigin(root);
  const allowed = new Set([
    home,
    ...appDomains(root).map((domain) => parseUrl(domain.text.trim())?.origin),
  ]);
  return values.flatMap(({ value, line, loaded }): ManifestProblem[] => {
    const problem = httpsProblem("URL", value, line);
    if (problem !== undefined) return [problem];
    const { origin } = new URL(value);
    if (!loaded || allowed.has(origin)) return [];
    const where =
      home === undefined
        ? "n'est pas dans AppDomains"
        : `n'est ni celle du volet (${home}) ni dans AppDomains`;
    return [
      {
        line,
        message: `URL « ${value} » : son origine ${origin} ${where} ; servez-la depuis l'origine du complément ou ajoutez ${origin} à AppDomains.`,
      },
    ];
  });
};

/** URLs: absolute https everywhere, and what Office loads served from the add-in's own origins. */
export const urlChecks: readonly ManifestCheck[] = [checkAppDomains, checkUrls];
