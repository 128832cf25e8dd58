import { describe, expect, it } from "vitest";
import { ipAddressRecognizer } from "../../src/redaction/recognizers/ip-address.ts";
import { reported, reportedEntities, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(ipAddressRecognizer, text);
const scoreOf = (text: string) => ipAddressRecognizer.analyze(text)[0]?.score ?? 0;

describe("IP address recognizer", () => {
  it("finds IPv4 addresses, surely with a network word near", () => {
    const text =
      "L'adresse IP 192.168.1.12 s'est connectée au serveur 10.0.0.254:8080 depuis 8.8.8.8.";
    expect(found(text)).toEqual(["192.168.1.12", "10.0.0.254", "8.8.8.8"]);
    expect(reportedEntities(ipAddressRecognizer, text)[0]!.score).toBeGreaterThanOrEqual(0.9);
  });

  it("reports a bare IPv4 address, with a lower score than one in context", () => {
    expect(found("Le 203.0.113.7 figure au relevé.")).toEqual(["203.0.113.7"]);
    expect(scoreOf("Le 203.0.113.7 figure au relevé.")).toBeLessThan(
      scoreOf("Connexion depuis 203.0.113.7.")
    );
  });

  it("keeps each octet within 0-255 and without leading zeros", () => {
    expect(found("256.1.1.1, 192.168.01.1, 1.2.3.999, 300.300.300.300")).toEqual([]);
    expect(found("adresse ip 0.0.0.0 ou 255.255.255.255")).toEqual(["0.0.0.0", "255.255.255.255"]);
  });

  it("ignores longer dotted numbers, versions and section numbers", () => {
    expect(found("version 1.2.3.4.5, paragraphe 2.1.3.4.1, 1.2.3.4.5.6")).toEqual([]);
    expect(
      found(
        "Voir l'article 1.2.3.4 et la section 2.3.1.1 ; logiciel v 4.2.0.1 ; 1.2.3.4 Les obligations"
      )
    ).toEqual([]);
  });

  it("reports what looks like a section number when the context says IP", () => {
    expect(found("Le serveur a l'adresse IP 1.2.3.4.")).toEqual(["1.2.3.4"]);
  });

  it("finds IPv6 addresses: full, compressed, loopback, with embedded IPv4", () => {
    const text =
      "Hôtes : 2001:0db8:85a3:0000:0000:8a2e:0370:7334, 2001:db8::1, fe80::1ff:fe23:4567:890a, ::1, " +
      "::ffff:192.0.2.128 et 64:ff9b::192.0.2.33.";
    expect(found(text)).toEqual([
      "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
      "2001:db8::1",
      "fe80::1ff:fe23:4567:890a",
      "::1",
      "::ffff:192.0.2.128",
      "64:ff9b::192.0.2.33",
    ]);
  });

  it("ignores times and other colon runs that are no IPv6", () => {
    expect(found("à 10:30:45, puis 12:30 ; ratio 1:2:3 ; 1::2::3 ; 1:2:3:4:5:6:7:8:9")).toEqual([]);
  });

  it("gives one key to the writings of one address", () => {
    expect(
      reportedKeys(ipAddressRecognizer, "IP 2001:db8::1 et 2001:0DB8:0000:0000:0000:0000:0000:0001")
    ).toEqual(["2001:db8:0:0:0:0:0:1", "2001:db8:0:0:0:0:0:1"]);
    const [mapped, plain] = reportedKeys(
      ipAddressRecognizer,
      "IP ::ffff:192.0.2.128 puis 192.0.2.128"
    );
    expect(mapped).toBe(plain);
  });

  it("ignores amounts written with dotted thousands", () => {
    expect(found("un préjudice de 12.100.150.200 € et de 1.200.000.000 EUR")).toEqual([]);
  });

  it("ignores administrative prose", () => {
    const prose =
      "Le montant de 1 234 567,89 € a été fixé le 12/03/2019 en application du décret n° 2019-1234 du " +
      "12 mars 2019 et de l'article L. 123-4 du code ; SIRET 732 829 320 00074 ; version 2.3.1.";
    expect(found(prose)).toEqual([]);
  });
});
