import type { APIRequestContext } from "@playwright/test";
import type { FuzzRequest } from "./api-requests";

export interface Tally {
  requests: number;
  byStatus: Map<number, number>;
  problems: string[];
}

/**
 * What a user (or an attacker) must never see: a server error, Next's digest of an uncaught error
 * (in a page or in an action's answer; not its not-found or redirect markers), or a stack trace.
 */
export function problemWith(status: number, body: string): string | null {
  if (status >= 500) return `status ${status}`;
  if (/\d+:E\{"digest":"\d+"/.test(body) || /data-dgst="\d+"/.test(body)) return "an uncaught error's digest";
  if (/\n\s+at .+\((?:\/|file:|node:)/.test(body)) return "a stack trace";
  if (/Internal Server Error|server-side exception/i.test(body)) return "an error page";
  return null;
}

/** Sends the requests a few at a time (the server is async; one at a time would take minutes). */
export async function sendAll(context: APIRequestContext, requests: FuzzRequest[], tally: Tally, parallel = 4): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++];
      const response = await context.fetch(request.path, {
        method: request.method,
        headers: request.headers,
        data: request.body,
        maxRedirects: 0,
        failOnStatusCode: false,
        timeout: 60_000,
      });
      const type = response.headers()["content-type"] ?? "";
      const body = /pdf|octet-stream/.test(type) ? "" : await response.text();
      tally.requests += 1;
      tally.byStatus.set(response.status(), (tally.byStatus.get(response.status()) ?? 0) + 1);
      const problem = problemWith(response.status(), body);
      if (problem) tally.problems.push(`${problem}: ${request.label} → ${response.status()} ${body.slice(0, 160).replace(/\s+/g, " ")}`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}
