import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import pg from "pg";
import { databaseChecksum, TABLES_THAT_COUNT_REFUSALS } from "../support/fuzz/checksum";
import { actionRequest, nulFieldNameRequest, oversizedRequests, serverActions } from "./fuzz/action-requests";
import { apiRequest, onceRareRequests } from "./fuzz/api-requests";
import { sendAll, type Tally } from "./fuzz/run";
import { DEMO_PASSWORD } from "./helpers";

// Issue 15, item 6 over HTTP, against the built app: every API route and raw server-action posts
// (item 1.8's "$" bodies, invalid JSON, NUL bytes, a body over the 7 MB limit), signed out and signed in as the demo
// professional. Not one answer may be a server error, an uncaught error's digest or a stack
// trace, and the database must be as it was. FUZZ_HTTP_RUNS sets the requests per kind and
// caller; FUZZ_SEED repeats a run.

const RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 900);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

test.setTimeout(300_000);

async function signInByApi(context: APIRequestContext) {
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "professional@demo.samenspraak.nl", password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: { id: string } };
  expect(session.user, "signed in as the demo professional").toBeDefined();
}

async function checksum() {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await databaseChecksum(async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}

test("no generated request gets a server error, a digest or a stack trace, and none changes the data", async ({ playwright, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== "tablet-landscape", "One run is enough: it uses no browser, so no viewport.");
  const actions = serverActions();
  const anonymous = await playwright.request.newContext({ baseURL });
  const professional = await playwright.request.newContext({ baseURL });
  await signInByApi(professional);
  const tally: Tally = { requests: 0, byStatus: new Map(), problems: [] };
  const started = Date.now();
  const before = await checksum();

  for (const [name, context, signedIn] of [["signed out", anonymous, false], ["demo professional", professional, true]] as const) {
    // Signing out is a write for anyone signed in: the point of it. Signed in, it is left out.
    const callable = signedIn ? actions.filter((action) => action.name !== "signOutAction") : actions;
    const requests = [
      ...fc.sample(apiRequest(!signedIn), { numRuns: RUNS, seed: SEED }),
      ...fc.sample(actionRequest(callable), { numRuns: RUNS, seed: SEED + 1 }),
      ...oversizedRequests(callable),
      ...onceRareRequests(),
      nulFieldNameRequest(callable),
    ];
    await sendAll(context, requests, tally);
    console.log(`Fuzz over HTTP, ${name}: ${requests.length} requests`);
  }
  const after = await checksum();
  const statuses = [...tally.byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(" ");
  console.log(
    [
      `Fuzz over HTTP (seed ${SEED}): ${tally.requests} requests to ${actions.length} server actions and every API route in ${Math.round((Date.now() - started) / 1000)} s`,
      `  statuses: ${statuses}`,
      `  server errors, digests or stack traces: ${tally.problems.length}`,
      `  database checksum equal: ${JSON.stringify(after) === JSON.stringify(before)} (not compared: ${TABLES_THAT_COUNT_REFUSALS.join(", ")})`,
    ].join("\n"),
  );
  expect(tally.problems.slice(0, 15)).toEqual([]);
  expect(after).toEqual(before);
  await Promise.all([anonymous.dispose(), professional.dispose()]);
});
