import { describe, expect, it } from "vitest";
import {
  AuditRecordError,
  canonicalJson,
  parseAuditRecord,
} from "../../../src/gateway/audit/index.ts";
import { sampleRecord } from "./fixtures/records.ts";

describe("an audit record holds no content", () => {
  it("accepts a well-formed record as it is", () => {
    const record = sampleRecord(3);
    expect(parseAuditRecord(record)).toEqual(record);
  });

  it("refuses an extra content key, and does not repeat the content in the error", () => {
    const withContent = { ...sampleRecord(1), content: "Mme Claire Martin, 06 12 34 56 78" };
    expect(() => parseAuditRecord(withContent)).toThrow(AuditRecordError);
    expect(() => parseAuditRecord(withContent)).toThrow(/unknown key\(s\) content/);
    expect(() => parseAuditRecord(withContent)).not.toThrow(/Martin|06 12/);
  });

  it("refuses prose where an identifier belongs", () => {
    const refused = [
      { model: "Résume le dossier de M. Dupont" },
      { action: "écris à Mme Martin" },
      { user: "claire.martin@exemple.fr avec son dossier" },
      { requestId: "" },
      { outcome: "OK!" },
    ];
    for (const field of refused) {
      expect(() => parseAuditRecord(sampleRecord(1, field)), JSON.stringify(field)).toThrow(
        AuditRecordError
      );
      expect(() => parseAuditRecord(sampleRecord(1, field))).not.toThrow(/Dupont|Martin/);
    }
  });

  it("counts only the engine's entity types, as non-negative integers", () => {
    expect(() =>
      parseAuditRecord(sampleRecord(1, { maskedByClient: { PERSONNE: 1, IBAN: 2 } }))
    ).not.toThrow();
    expect(() =>
      parseAuditRecord(sampleRecord(1, { maskedByClient: { DUPONT: 1 } as never }))
    ).toThrow(/maskedByClient: unknown key/);
    expect(() => parseAuditRecord(sampleRecord(1, { maskedByGateway: { PERSONNE: -1 } }))).toThrow(
      AuditRecordError
    );
    expect(() => parseAuditRecord(sampleRecord(1, { maskedByGateway: { PERSONNE: 1.5 } }))).toThrow(
      AuditRecordError
    );
  });

  it("wants UTC times with milliseconds, an HTTP status, and numbers where numbers belong", () => {
    for (const overrides of [
      { time: "2025-03-01T08:00:00Z" },
      { time: "2025-03-01T09:00:00.000+01:00" },
      { time: "2025-02-30T08:00:00.000Z" },
      { status: 42 },
      { latencyMs: Number.NaN },
      { promptTokens: -3 },
      { stream: "yes" as unknown as boolean },
    ]) {
      expect(() => parseAuditRecord(sampleRecord(1, overrides)), JSON.stringify(overrides)).toThrow(
        AuditRecordError
      );
    }
    expect(() =>
      parseAuditRecord(sampleRecord(1, { user: "", model: "", promptTokens: null }))
    ).not.toThrow();
  });
});

describe("canonical JSON", () => {
  it("sorts keys at every depth and writes no whitespace, so one record has one text", () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null, "é\n"], c: 2 } })).toBe(
      '{"a":{"c":2,"d":[true,null,"é\\n"]},"b":1}'
    );
    expect(canonicalJson({ z: 1, a: 2 })).toBe(canonicalJson({ a: 2, z: 1 }));
  });

  it("has no form for what JSON cannot carry exactly", () => {
    expect(() => canonicalJson({ n: Number.POSITIVE_INFINITY })).toThrow();
    expect(() => canonicalJson({ n: 1n })).toThrow();
  });
});
