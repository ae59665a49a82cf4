import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "@/lib/auth/client-address";

const none = parseTrustedProxies([]);
const proxies = parseTrustedProxies(["10.0.0.0/8", "192.168.1.5", "fd00::/8"]);

describe("clientAddress", () => {
  it("is the socket peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    for (let i = 0; i < 40; i += 1) {
      const forwardedFor = `203.0.113.${i}`;
      expect(clientAddress({ peer: "198.51.100.7", forwardedFor, trustedProxies: none })).toBe(
        "198.51.100.7",
      );
    }
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    const address = clientAddress({
      peer: "198.51.100.7",
      forwardedFor: "203.0.113.9",
      trustedProxies: proxies,
    });
    expect(address).toBe("198.51.100.7");
  });

  it("behind a trusted proxy, takes the nearest address that is not a trusted proxy", () => {
    const read = (forwardedFor: string | null) =>
      clientAddress({ peer: "10.1.2.3", forwardedFor, trustedProxies: proxies });
    expect(read("203.0.113.9")).toBe("203.0.113.9");
    // A client cannot choose its address by sending its own header first: the proxy appends.
    expect(read("1.1.1.1, 203.0.113.9")).toBe("203.0.113.9");
    expect(read("1.1.1.1, 203.0.113.9, 192.168.1.5, 10.9.9.9")).toBe("203.0.113.9");
    expect(read(null)).toBe("10.1.2.3");
    expect(read("not-an-address, 203.0.113.9")).toBe("203.0.113.9");
    expect(read("garbage")).toBe("10.1.2.3");
  });

  it("writes IPv4-mapped IPv6 peers as IPv4, and IPv6 in one canonical form", () => {
    expect(
      clientAddress({ peer: "::ffff:127.0.0.1", forwardedFor: null, trustedProxies: none }),
    ).toBe("127.0.0.1");
    expect(
      clientAddress({ peer: "2001:DB8:0:0:0:0:0:1", forwardedFor: null, trustedProxies: none }),
    ).toBe("2001:db8::1");
    expect(
      clientAddress({ peer: "fd00::1", forwardedFor: "2001:db8::7", trustedProxies: proxies }),
    ).toBe("2001:db8::7");
  });

  it("is unknown (null) without a peer, never a shared placeholder", () => {
    expect(clientAddress({ peer: null, forwardedFor: "203.0.113.9", trustedProxies: none })).toBe(
      null,
    );
    expect(clientAddress({ peer: "not an ip", forwardedFor: null, trustedProxies: none })).toBe(
      null,
    );
  });
});

describe("parseTrustedProxies", () => {
  it("refuses an entry that is neither an address nor a CIDR range, naming it", () => {
    expect(() => parseTrustedProxies(["10.0.0.0/8", "proxy.internal"])).toThrow(/proxy\.internal/);
    expect(() => parseTrustedProxies(["10.0.0.0/33"])).toThrow(/10\.0\.0\.0\/33/);
  });
});
