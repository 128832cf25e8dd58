/// <reference types="office-js" />
import { hostFailed } from "./errors.ts";

export type AsyncCallback<T> = (result: Office.AsyncResult<T>) => void;

/** Runs one call of Office's callback API as a promise. */
export type OfficeCall = <T>(start: (callback: AsyncCallback<T>) => void) => Promise<T>;

/**
 * Promisifies Office's callback API. A failed result, or a call that throws (some Outlook methods throw
 * on bad arguments instead of failing), rejects with a "host-failed" HostError that carries the
 * host's error code only.
 */
export function officeCaller(office: Pick<typeof Office, "AsyncResultStatus">): OfficeCall {
  return <T>(start: (callback: AsyncCallback<T>) => void) =>
    new Promise<T>((resolve, reject) => {
      try {
        start((result) => {
          if (result.status === office.AsyncResultStatus.Failed) reject(hostFailed(result.error));
          else resolve(result.value);
        });
      } catch (error) {
        reject(hostFailed(error));
      }
    });
}
