import { describe, expect, it } from "vitest";
import { macAddressRecognizer } from "../../src/redaction/recognizers/mac-address.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(macAddressRecognizer, text);

describe("MAC address recognizer", () => {
  it("reports a device's address with colons or hyphens, keyed alike", () => {
    const text = "Box : 00:1A:2B:3C:4D:5E ; Adresse physique . . . : 00-1a-2b-3c-4d-5e.";
    expect(found(text)).toEqual(["00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e"]);
    expect(reportedKeys(macAddressRecognizer, text)).toEqual(["001A2B3C4D5E", "001A2B3C4D5E"]);
  });

  it("takes no time, date, IPv6 address nor mixed separators", () => {
    expect(
      found(
        "12:30:45 ; 12-03-2019 ; fe80::1a2b:3c4d:5e6f:7a8b ; 00:1A-2B:3C:4D:5E ; " +
          "00:1A:2B:3C:4D:5E:6F ; 2001:db8:0:0:0:0:2:1"
      )
    ).toEqual([]);
  });
});
