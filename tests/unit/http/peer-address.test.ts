import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  installPeerAddressHeader,
  PEER_ADDRESS_HEADER,
  requestClientAddress,
} from "@/lib/server/client-address";

let seen: IncomingMessage["headers"][] = [];
const server = createServer((request, response) => {
  seen.push(request.headers);
  response.end("ok");
});
let base = "";

beforeAll(async () => {
  installPeerAddressHeader();
  installPeerAddressHeader(); // idempotent
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the peer address header", () => {
  it("is the socket's address, whatever the client sends in it or in X-Forwarded-For", async () => {
    seen = [];
    for (let i = 0; i < 5; i += 1) {
      await fetch(base, {
        headers: { [PEER_ADDRESS_HEADER]: `203.0.113.${i}`, "x-forwarded-for": `198.51.100.${i}` },
      });
    }
    expect(seen).toHaveLength(5);
    for (const headers of seen) {
      const fetched = new Headers(headers as Record<string, string>);
      expect(fetched.get(PEER_ADDRESS_HEADER)).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
      // No TRUSTED_PROXIES: the spoofed X-Forwarded-For is ignored.
      expect(requestClientAddress(fetched)).toBe("127.0.0.1");
    }
  });
});
