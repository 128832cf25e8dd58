import {
  MistralError,
  ResponseValidationError,
  SDKValidationError,
} from "@mistralai/mistralai/models/errors";
import {
  GATEWAY_ERRORS,
  invalidRequestError,
  type MistralError as MistralErrorBody,
  type ValidationDetail,
} from "../errors.ts";
import { sdkPathToWire } from "../wire.ts";
import { retryAfterMs } from "./retry-after.ts";
import { UpstreamTimeoutError } from "./silence-timeout.ts";

export interface UpstreamFailure {
  status: number;
  body: MistralErrorBody | Record<string, unknown>;
  /**
   * Whose fault it is, for the audit: `invalid_request` when the client's request is wrong (refused by
   * the SDK before anything is sent, or by Mistral with a 400 or 422), `upstream_error` otherwise.
   */
  outcome: "invalid_request" | "upstream_error";
  /** Mistral's status, for the log; never its body, which may echo the request. */
  upstreamStatus: number | null;
  /** For a 429: when Mistral says to try again, passed on so the pane can say how long to wait. */
  retryAfterSeconds?: number;
}

type Detail = ValidationDetail;

/** Retry-After in whole seconds, at least one, as a client is told it. */
function retryAfterSeconds(headers: Headers): number | undefined {
  const ms = retryAfterMs(headers);
  return ms === undefined ? undefined : Math.max(1, Math.ceil(ms / 1000));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Text of an upstream's error is passed on only when it cannot hold the API key, which is not known
 * here (it stays inside the SDK's client): no word longer than MAX_WORD (Mistral's keys are 32
 * characters), nothing naming the header that carries it, no control or invisible character that
 * could join two words. Pydantic's messages and names fit; an echoed header or body does not.
 */
const MAX_WORD = 24;
const MAX_TEXT = 300;
const UNSAFE = /\p{C}|authorization|bearer/iu;
const MAX_DETAILS = 20;
const MAX_LOC = 16;
/** In place of a `msg` or `type` that is not passed on. */
const WITHHELD_MSG = "Invalid input";
const WITHHELD_TYPE = "value_error";

const isSafeText = (value: unknown): value is string =>
  typeof value === "string" &&
  value.length > 0 &&
  value.length <= MAX_TEXT &&
  !UNSAFE.test(value) &&
  value.split(/\s+/).every((word) => word.length <= MAX_WORD);

const isSafeWord = (value: unknown): value is string => isSafeText(value) && !/\s/.test(value);

function parsedObject(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A `loc` up to its first part that cannot be passed on: the parts after it would point elsewhere. */
function relayedLoc(loc: unknown): Array<string | number> {
  const kept: Array<string | number> = [];
  if (!Array.isArray(loc)) return kept;
  for (const part of loc.slice(0, MAX_LOC)) {
    if (isSafeWord(part) || (typeof part === "number" && Number.isSafeInteger(part) && part >= 0))
      kept.push(part);
    else break;
  }
  return kept;
}

/** Of Mistral's 422 details, only loc, msg and type: `input` and `ctx` echo the request. */
function relayedDetail(detail: readonly unknown[]): Detail[] {
  return detail
    .filter(isObject)
    .slice(0, MAX_DETAILS)
    .map((entry) => ({
      loc: relayedLoc(entry.loc),
      msg: isSafeText(entry.msg) ? entry.msg : WITHHELD_MSG,
      type: isSafeWord(entry.type) ? entry.type : WITHHELD_TYPE,
    }));
}

/** The parts of a zod 4 issue (the SDK's validation) read here. */
interface Issue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  /** For `invalid_union`: the issues of each member. */
  errors?: unknown;
  /** For `invalid_value`: the values allowed. */
  values?: unknown;
}

const isIssue = (value: unknown): value is Issue =>
  isObject(value) &&
  typeof value.code === "string" &&
  Array.isArray(value.path) &&
  typeof value.message === "string";

const issuesOf = (value: unknown): Issue[] | undefined =>
  Array.isArray(value) && value.every(isIssue) ? value : undefined;

/** Keys that tell union members apart: a member refusing its own is not the one the client meant. */
const DISCRIMINATORS = new Set(["role", "type"]);
const wrongDiscriminator = (issue: Issue) =>
  issue.code === "invalid_value" &&
  issue.path.length === 1 &&
  DISCRIMINATORS.has(String(issue.path[0]));

function unionMembers(issue: Issue): Issue[][] | undefined {
  if (issue.code !== "invalid_union" || !Array.isArray(issue.errors)) return undefined;
  const members = issue.errors.map(issuesOf);
  return members.every((member): member is Issue[] => member !== undefined) ? members : undefined;
}

/** Every member refused the same discriminator (`role`, say): the values it may take. */
function discriminatorDetail(members: Issue[][], path: PropertyKey[]): Detail | undefined {
  const wrong = members.map((member) => member.find(wrongDiscriminator));
  const key = wrong[0]?.path[0];
  if (key === undefined || wrong.some((issue) => issue?.path[0] !== key)) return undefined;
  const values = new Set(
    wrong.flatMap((issue) => (Array.isArray(issue?.values) ? issue.values : []))
  );
  return {
    loc: ["body", ...sdkPathToWire([...path, key])],
    msg: `Invalid input: expected one of ${[...values].map((value) => JSON.stringify(value)).join(", ")}`,
    type: "invalid_value",
  };
}

/**
 * The SDK's issues as Mistral's 422 details, at wire names. A union (a message of some role, a content
 * chunk of some type) reports every member's issues: only those of the member the client meant are kept.
 */
function collect(issues: readonly Issue[], at: readonly PropertyKey[], into: Detail[]): void {
  for (const issue of issues) {
    if (into.length >= MAX_DETAILS) return;
    const path = [...at, ...issue.path];
    const members = unionMembers(issue);
    const meant = members?.filter((member) => !member.some(wrongDiscriminator));
    if (meant?.length === 1) {
      collect(meant[0]!, path, into);
      continue;
    }
    const discriminator = members && meant?.length === 0 && discriminatorDetail(members, path);
    into.push(
      discriminator || {
        loc: ["body", ...sdkPathToWire(path)],
        msg: issue.message.slice(0, MAX_TEXT),
        type: issue.code,
      }
    );
  }
}

/** A request refused before it left: Mistral's 422 details, with the French message the pane shows. */
function invalidRequest(error: SDKValidationError): UpstreamFailure {
  const detail: Detail[] = [];
  const issues = issuesOf(isObject(error.cause) ? error.cause.issues : undefined);
  if (issues) collect(issues, [], detail);
  // The SDK's schema threw something other than its issues: the request is at fault, somewhere.
  if (!detail.length) detail.push({ loc: ["body"], msg: WITHHELD_MSG, type: "invalid_input" });
  return {
    status: 422,
    body: invalidRequestError(detail),
    outcome: "invalid_request",
    upstreamStatus: null,
  };
}

function mistralFailure(error: MistralError): UpstreamFailure {
  const status = error.statusCode;
  if (status === 400) {
    const answer = parsedObject(error.body);
    // The policy allows a model Mistral does not serve: no request of the user's could succeed.
    if (answer?.type === "invalid_model")
      return {
        status: 502,
        body: GATEWAY_ERRORS.upstreamUnknownModel(),
        outcome: "upstream_error",
        upstreamStatus: status,
      };
    const reason = answer?.message;
    return {
      status,
      body: GATEWAY_ERRORS.upstreamInvalidRequest(isSafeText(reason) ? reason : undefined),
      outcome: "invalid_request",
      upstreamStatus: status,
    };
  }
  // A 422 without Mistral's details is not its validation error: the upstream's fault, below.
  if (status === 422) {
    const detail = parsedObject(error.body)?.detail;
    if (Array.isArray(detail))
      return {
        status,
        body: invalidRequestError(relayedDetail(detail)),
        outcome: "invalid_request",
        upstreamStatus: status,
      };
  }
  if (status === 429) {
    const seconds = retryAfterSeconds(error.headers);
    return {
      status: 429,
      body: GATEWAY_ERRORS.upstreamRateLimited(),
      outcome: "upstream_error",
      upstreamStatus: status,
      ...(seconds !== undefined && { retryAfterSeconds: seconds }),
    };
  }
  const body =
    status >= 500
      ? GATEWAY_ERRORS.upstreamUnavailable()
      : error instanceof ResponseValidationError
        ? GATEWAY_ERRORS.upstreamMalformed()
        : status >= 300 && status < 400
          ? GATEWAY_ERRORS.upstreamRedirected(status)
          : GATEWAY_ERRORS.upstreamRejected(status);
  return { status: 502, body, outcome: "upstream_error", upstreamStatus: status };
}

/**
 * What the client is told when a call fails. A request the SDK refuses to send, and Mistral's own 400
 * (but for a model it does not know, which the policy allowed) and 422, are the client's mistakes: 422 or 400 in Mistral's shape, without anything Mistral's body
 * may echo (the request, its headers). Saturation stays a 429; everything else is the upstream's
 * fault, a 502 or 504 in French. The key and the upstream's address never appear.
 */
export function upstreamFailure(error: unknown): UpstreamFailure {
  // First: SDKValidationError's instanceof also matches ResponseValidationError, a MistralError
  // about Mistral's answer. In the chat path, the SDK raises SDKValidationError only for the request.
  if (error instanceof MistralError) return mistralFailure(error);
  if (error instanceof SDKValidationError) return invalidRequest(error);
  // Every call carries a silence timeout, so the SDK's own timeout errors never arise.
  return {
    status: error instanceof UpstreamTimeoutError ? 504 : 502,
    body: GATEWAY_ERRORS.upstreamUnavailable(),
    outcome: "upstream_error",
    upstreamStatus: null,
  };
}
