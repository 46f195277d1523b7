import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { withoutForgedCallbackUrl } from "@/lib/auth/callback-url";
import { withTrustedClientAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { isMalformedRouterState, ROUTER_STATE_HEADER } from "@/lib/security/router-state";

// The built app behind the app's own small server front, instead of `next start`: the same Next
// request handler, but every request carries the client address taken from the socket (and the
// configured trusted proxies), never one the client made up. Started by lib/cli/serve.ts.
const app = next({ dev: false, dir: process.cwd(), port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();
createServer(withReadableRequest(withTrustedClientAddress(handle, env.TRUSTED_PROXY_HOPS))).listen(env.PORT, () => {
  console.log(`Next.js ready on port ${env.PORT}`);
});

/**
 * Three things in a request that Next or next-auth answer with a 500, though they are the
 * client's mistake: an address that cannot be decoded ("/api/gezinnen/%/export", an escape that
 * is not UTF-8) and a router state header Next cannot parse get a plain 400 here; a callback-url
 * cookie next-auth would refuse is dropped.
 */
function withReadableRequest(handler: (request: IncomingMessage, response: ServerResponse) => void) {
  return (request: IncomingMessage, response: ServerResponse) => {
    try {
      decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad request: this address cannot be read.");
      return;
    }
    if (isMalformedRouterState(request.headers[ROUTER_STATE_HEADER])) {
      response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad request: this page state cannot be read.");
      return;
    }
    if (request.headers.cookie) request.headers.cookie = withoutForgedCallbackUrl(request.headers.cookie);
    handler(request, response);
  };
}
