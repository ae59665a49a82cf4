import { BlockList, isIP } from "node:net";

/** The addresses and CIDR ranges of the reverse proxies whose X-Forwarded-For is believed. */
export interface TrustedProxies {
  includes(address: string): boolean;
}

/** An address in one written form: IPv4-mapped IPv6 as IPv4, IPv6 compressed in lower case. */
function canonical(address: string): string | null {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  const candidate = mapped?.[1] ?? trimmed;
  const version = isIP(candidate);
  if (version === 4) return candidate;
  if (version === 6) return new URL(`http://[${candidate}]/`).hostname.slice(1, -1);
  return null;
}

/**
 * TRUSTED_PROXIES entries (`10.0.0.5`, `10.0.0.0/8`, `fd00::/8`) as a set to test peers against.
 * Throws an Error naming the first entry that is neither an address nor a CIDR range.
 */
export function parseTrustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix, ...rest] = entry.trim().split("/");
    const ip = canonical(address);
    const family = ip && isIP(ip) === 6 ? "ipv6" : "ipv4";
    const bits = prefix === undefined ? (family === "ipv6" ? 128 : 32) : Number(prefix);
    const maxBits = family === "ipv6" ? 128 : 32;
    const validPrefix = prefix === undefined || /^\d{1,3}$/.test(prefix);
    if (!ip || rest.length > 0 || !validPrefix || bits > maxBits) {
      throw new Error(`not an IP address or CIDR range: ${entry.trim()}`);
    }
    list.addSubnet(ip, bits, family);
  }
  return {
    includes(address) {
      const ip = canonical(address);
      return ip !== null && list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
    },
  };
}

/**
 * The client's address. The socket peer, unless the peer is a trusted proxy: then X-Forwarded-For
 * is read from the right (each proxy appends the address it saw) past the trusted proxies, so a
 * client cannot choose its address by sending the header itself. Null when the peer is unknown: a
 * caller must then not share one key among all such requests (an attacker could fill it).
 */
export function clientAddress(options: {
  peer: string | null;
  forwardedFor: string | null;
  trustedProxies: TrustedProxies;
}): string | null {
  const peer = options.peer === null ? null : canonical(options.peer);
  if (peer === null || !options.trustedProxies.includes(peer)) return peer;
  const hops = (options.forwardedFor ?? "")
    .split(",")
    .map(canonical)
    .filter((hop): hop is string => hop !== null);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i] as string;
    if (!options.trustedProxies.includes(hop)) return hop;
  }
  return hops[0] ?? peer;
}
