import { describe, expect, it } from "vitest";
import { cidr, cidrContains, cidrsOverlap, dnsName, ipv4, port } from "../src/index.ts";

describe("typed values", () => {
  it("parses CIDRs and refuses host addresses posing as networks", () => {
    expect(cidr("10.244.0.0/16")).toBe("10.244.0.0/16");
    expect(() => cidr("10.244.1.0/16")).toThrowError('"10.244.1.0/16" is not a network address: did you mean 10.244.0.0/16?');
    expect(() => cidr("10.244.0.0")).toThrowError(/not an IPv4 CIDR/);
    expect(() => cidr("10.244.0.0/33")).toThrowError(/not an IPv4 CIDR/);
  });

  it("answers containment and overlap", () => {
    expect(cidrContains(cidr("10.25.11.0/24"), ipv4("10.25.11.111"))).toBe(true);
    expect(cidrContains(cidr("10.25.11.0/24"), ipv4("10.25.12.1"))).toBe(false);
    expect(cidrsOverlap(cidr("10.244.0.0/16"), cidr("10.244.128.0/17"))).toBe(true);
    expect(cidrsOverlap(cidr("10.244.0.0/16"), cidr("10.245.0.0/16"))).toBe(false);
  });

  it("checks addresses, ports and DNS names", () => {
    expect(() => ipv4("10.25.11.256")).toThrowError(/not an IPv4 address/);
    expect(() => port(0)).toThrowError(/not a TCP\/UDP port/);
    expect(port(6443)).toBe(6443);
    expect(dnsName("*.monosense.io")).toBe("*.monosense.io");
    expect(() => dnsName("Monosense.io")).toThrowError(/not a lowercase DNS name/);
  });
});
