/// <reference types="office-js" />

/** Whether the host supports requirement set `name` at `version` ("WordApi", "1.4"). */
export function supports(office: typeof Office, name: string, version: string): boolean {
  return office.context.requirements.isSetSupported(name, version);
}
