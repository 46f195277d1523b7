import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";

// Next reads the `next-router-state-tree` header of an RSC request (`rsc: 1`) and throws a 500
// when it is not its own format, also while it renders the not-found page for /api/… or
// /_next/…. Only a client that made the header up sends one like that. The proxy never sees
// this header (Next strips it before), so the server front (lib/cli/next-server.ts) asks Next's
// own parser first. If an upgrade moves this internal module, the build fails here rather than
// the check going quiet.

export const ROUTER_STATE_HEADER = "next-router-state-tree";

/** Whether a router state header, when sent, is one Next would refuse to parse. */
export function isMalformedRouterState(header: string | string[] | undefined): boolean {
  if (header === undefined) return false;
  try {
    parseAndValidateFlightRouterState(header);
    return false;
  } catch {
    return true;
  }
}
