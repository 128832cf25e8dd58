import { describe, expect, it } from "vitest";
import { imeiRecognizer } from "../../src/redaction/recognizers/imei.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(imeiRecognizer, text);

describe("IMEI recognizer", () => {
  it("reports a phone's IMEI in a run or grouped, where the phone is named", () => {
    expect(
      found(
        "Téléphone volé, IMEI 356938035643809. Son autre portable : 35-209900-176148-1, " +
          "le troisième 35 209900 176148 1."
      )
    ).toEqual(["356938035643809", "35-209900-176148-1", "35 209900 176148 1"]);
  });

  it("keys every writing of one IMEI alike", () => {
    expect(reportedKeys(imeiRecognizer, "IMEI 352099001761481, soit 35-209900-176148-1")).toEqual([
      "352099001761481",
      "352099001761481",
    ]);
  });

  it("takes no number whose key fails, and none where no phone is named", () => {
    expect(found("IMEI 356938035643808 ; IMEI 35-209900-176148-2")).toEqual([]);
    expect(found("Le dossier 356938035643809 a été enregistré au greffe.")).toEqual([]);
  });
});
