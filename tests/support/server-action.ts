import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(import.meta.dirname, "../..");

/** The id the built app gives a server action: what the browser puts in the Next-Action header. */
export function findActionId(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === name);
  if (!entry) throw new Error(`No server action ${name} in the build: run \`next build\` first.`);
  return entry[0];
}

export interface ActionResponse {
  status: number;
  /** The action's own result ({ ok: true } or { ok: false, message }), when the answer held one. */
  result: { ok: boolean; message?: string } | null;
}

/**
 * Exactly what React's client sends when a page calls a server action with plain arguments: a
 * POST to the page's address with the Next-Action header and the JSON-encoded argument list.
 */
export async function postServerAction(pageUrl: string, actionId: string, cookie: string, args: unknown[]): Promise<ActionResponse> {
  const response = await fetch(pageUrl, {
    method: "POST",
    // A browser always names the page's origin; Next.js refuses an action from another one.
    headers: {
      "Next-Action": actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: new URL(pageUrl).origin,
      Cookie: cookie,
    },
    body: JSON.stringify(args),
  });
  return { status: response.status, result: actionResultOf(await response.text()) };
}

/** The action's return value in a React Server Components answer (one `id:json` row per line). */
export function actionResultOf(body: string): ActionResponse["result"] {
  for (const line of body.split("\n")) {
    const json = /^[0-9a-f]+:(\{.*\})$/.exec(line)?.[1];
    if (!json) continue;
    try {
      const row = JSON.parse(json) as { ok?: unknown; message?: unknown };
      if (typeof row.ok === "boolean") return { ok: row.ok, message: typeof row.message === "string" ? row.message : undefined };
    } catch {
      // Not JSON (a row of another kind): keep looking.
    }
  }
  return null;
}
