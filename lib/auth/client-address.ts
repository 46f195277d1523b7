import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * The client's address, as far as it can be trusted: the socket's, unless `trustedHops` reverse
 * proxies (load balancers) stand in front of the app. Each of those appends the address it saw
 * to x-forwarded-for, so the client is the entry that many places from the right; everything to
 * its left was written by the client and is ignored.
 */
export function clientAddressFrom({ socketAddress, forwardedFor, trustedHops }: { socketAddress: string | undefined; forwardedFor: string | string[] | undefined; trustedHops: number }): string {
  const forwarded = [forwardedFor ?? []].flat().join(",").split(",").map((entry) => entry.trim()).filter(Boolean);
  const chain = [...forwarded, socketAddress ?? "unknown"];
  const client = chain[Math.max(0, chain.length - 1 - trustedHops)];
  return normalise(client);
}

/** "::ffff:203.0.113.5" and "203.0.113.5" are one client. */
function normalise(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").slice(0, 64);
}

/**
 * Wraps the app's request handler: every request reaches the app with x-forwarded-for holding
 * exactly one address, worked out here from the socket. Next.js keeps a header that is already
 * set, so without this a client could name any address it liked.
 */
export function withTrustedClientAddress(
  handle: (request: IncomingMessage, response: ServerResponse) => unknown,
  trustedHops: number,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    request.headers["x-forwarded-for"] = clientAddressFrom({ socketAddress: request.socket.remoteAddress, forwardedFor: request.headers["x-forwarded-for"], trustedHops });
    delete request.headers["x-real-ip"];
    void handle(request, response);
  };
}
