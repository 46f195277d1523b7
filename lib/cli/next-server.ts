import { createServer } from "node:http";
import next from "next";
import { withTrustedClientAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";

// The built app behind the app's own small server front, instead of `next start`: the same Next
// request handler, but every request carries the client address taken from the socket (and the
// configured trusted proxies), never one the client made up. Started by lib/cli/serve.ts.
const app = next({ dev: false, dir: process.cwd(), port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();
createServer(withTrustedClientAddress(handle, env.TRUSTED_PROXY_HOPS)).listen(env.PORT, () => {
  console.log(`Next.js ready on port ${env.PORT}`);
});
