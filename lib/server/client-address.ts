import "server-only";
import type { IncomingMessage } from "node:http";
import { Server } from "node:http";
import { clientAddress, parseTrustedProxies, type TrustedProxies } from "@/lib/auth/client-address";
import { trustedProxies } from "./env";

/**
 * Set on every request to its socket's peer address, overwriting anything the client sent.
 * Next.js gives route handlers and server actions no socket (NextRequest.ip is gone since 15), and
 * `next start` writes the peer into X-Forwarded-For only when the client sent none, so a client
 * could otherwise pick its own address.
 */
export const PEER_ADDRESS_HEADER = "x-caspian-peer-address";

const installed = Symbol.for("caspian.peerAddressHeader");

/**
 * Makes every HTTP server of this process stamp PEER_ADDRESS_HEADER on its requests before any
 * handler sees them. Called once from instrumentation.ts, which Next.js runs at server start.
 */
export function installPeerAddressHeader(): void {
  const prototype = Server.prototype as Server & { [installed]?: true };
  if (prototype[installed]) return;
  const emit = prototype.emit as (
    this: Server,
    event: string | symbol,
    ...args: unknown[]
  ) => boolean;
  prototype.emit = function emitWithPeerAddress(
    this: Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      const peer = request.socket?.remoteAddress;
      if (peer) request.headers[PEER_ADDRESS_HEADER] = peer;
      else delete request.headers[PEER_ADDRESS_HEADER];
    }
    return emit.call(this, event, ...args);
  } as Server["emit"];
  prototype[installed] = true;
}

let cachedProxies: { value: string; proxies: TrustedProxies } | undefined;

function configuredProxies(): TrustedProxies {
  const value = process.env.TRUSTED_PROXIES ?? "";
  if (cachedProxies?.value !== value) {
    cachedProxies = { value, proxies: parseTrustedProxies(trustedProxies()) };
  }
  return cachedProxies.proxies;
}

/** The client's address of a request (a route handler's, or `await headers()` in an action). */
export function requestClientAddress(headers: Headers): string | null {
  return clientAddress({
    peer: headers.get(PEER_ADDRESS_HEADER),
    forwardedFor: headers.get("x-forwarded-for"),
    trustedProxies: configuredProxies(),
  });
}
