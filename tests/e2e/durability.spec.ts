import { randomBytes, randomInt } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { createFreshDatabase, startPrivateCluster } from "../support/postgres-cluster";
import { actionResultOf, findActionId, postServerAction, type ActionResponse } from "../support/server-action";
import { addFamily, signIn } from "./helpers";
import { startAppInstance, type AppInstance } from "./support/app-instance";

// Durability proofs (issue 15): answers survive concurrent saves on two app instances sharing one
// PostgreSQL database, and an app server killed in the middle of a parent's answers. They run the
// built app as `npm start` does, on their own PostgreSQL cluster and ports, in one Playwright
// project only (playwright.config.ts keeps them out of the others), and print what they counted.

const POSTGRES_PORT = 54371;
// Below the kernel's ephemeral range (32768 and up), where a client socket may hold the port.
const PORTS = { first: 3310, second: 3311, embedded: 3312, embeddedDatabase: 3319 };
// The same on every instance and across restarts, as a real deployment has it: a session or a
// phone's cookie signed by one instance holds on the other, and after a restart.
const NEXTAUTH_SECRET = randomBytes(32).toString("hex");

type Side = "PARENT" | "PROFESSIONAL";
/** What the browser's save queue sends (TSaveRating in lib/validations/conversation.ts). */
interface Save {
  conversationId: string;
  itemId: string;
  side: Side;
  value: number | null;
  comment: string;
  ratedAt: string;
  locale?: string;
}
interface StoredRating {
  itemId: string;
  side: Side;
  value: number | null;
  comment: string | null;
  ratedAt: Date;
}

let cluster: Awaited<ReturnType<typeof startPrivateCluster>> | undefined;
let databaseUrl = "";
let first: AppInstance;
let second: Promise<AppInstance>;
const apps: AppInstance[] = [];
const folders: string[] = [];

async function launch(port: number, env: Record<string, string>, demo = false): Promise<AppInstance> {
  const app = await startAppInstance({ port, demo, env: { NEXTAUTH_SECRET, LOGIN_MAX_FAILURES_PER_IP: "1000", ...env } });
  apps.push(app);
  return app;
}

// Generous limits: on 2 busy cores (load average 11) one app start took 40 s, the race 1.3 min.
test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = await startPrivateCluster(POSTGRES_PORT);
  databaseUrl = await createFreshDatabase(cluster.adminUrl, "durability");
  first = await launch(PORTS.first, { DATABASE_URL: databaseUrl }, true);
  // The second instance migrates and loads the content again on the now ready database (nothing
  // to do), while a test sets up its conversation on the first.
  second = launch(PORTS.second, { DATABASE_URL: databaseUrl });
  second.catch(() => undefined);
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const app of apps) await testInfo.attach(`server ${app.url}`, { body: app.output(), contentType: "text/plain" });
});

test.afterAll(async () => {
  await Promise.all(apps.splice(0).map((app) => app.stop()));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  cluster?.stop();
});

/** One short connection: the embedded database is a single session behind its socket. */
async function query<Row extends pg.QueryResultRow>(url: string, sql: string, values: unknown[]): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const readRatings = (url: string, conversationId: string) =>
  query<StoredRating>(
    url,
    `SELECT r."itemId", r."side", r."value", r."comment", r."ratedAt"
     FROM "Rating" r JOIN "ConversationItem" ci ON ci."conversationId" = r."conversationId" AND ci."itemId" = r."itemId"
     WHERE r."conversationId" = $1 ORDER BY ci."position", r."side"`,
    [conversationId],
  );

/** The conversation's items in the order the screens show them. */
const itemIdsOf = async (url: string, conversationId: string) =>
  (await query<{ itemId: string }>(url, `SELECT "itemId" FROM "ConversationItem" WHERE "conversationId" = $1 ORDER BY "position"`, [conversationId])).map(
    (row) => row.itemId,
  );

/**
 * The professional signs in, adds a family, starts a conversation on the 12 questions and the
 * 5 partnerships (17 items) and makes a join code, all through the app's own pages.
 */
async function conversationWithJoinCode(browser: Browser, baseURL: string) {
  const professional = await browser.newContext({ baseURL });
  const page = await professional.newPage();
  await signIn(page, "professional@demo.samenspraak.nl");
  await addFamily(page);
  await page.getByRole("link", { name: "Nieuw gesprek" }).click();
  await page.getByRole("checkbox", { name: "Het model van de 5 partnerschappen" }).check();
  await page.getByRole("button", { name: "Gesprek starten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Gesprek met/ })).toBeVisible();
  const conversationId = /\/gesprekken\/([^/?#]+)/.exec(page.url())![1];
  await page.getByRole("button", { name: "Maak een code" }).click();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  return { professional, conversationId, code };
}

/** A parent's phone joins with the code, as a parent types it: the app sets its signed cookie. */
async function phoneJoins(browser: Browser, baseURL: string, code: string): Promise<{ phone: BrowserContext; page: Page }> {
  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await page.goto("/doe-mee");
  await page.getByLabel("Code").fill(code);
  await page.getByRole("button", { name: "Doe mee" }).click();
  await page.waitForURL("**/doe-mee/gesprek");
  return { phone, page };
}

async function cookieHeader(context: BrowserContext, url: string): Promise<string> {
  return (await context.cookies(url)).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

function shuffle<T>(list: T[]): T[] {
  for (let index = list.length - 1; index > 0; index--) {
    const other = randomInt(index + 1);
    [list[index], list[other]] = [list[other], list[index]];
  }
  return list;
}

const keyOf = (entry: { itemId: string; side: Side }) => `${entry.itemId}:${entry.side}`;

const RACE_SAVES = 1000;
const RACE_RETRIES = RACE_SAVES / 10;

test("1,000 concurrent saves on two app instances sharing one PostgreSQL: none lost, none doubled, the newest answer wins", async ({ browser }) => {
  test.setTimeout(240_000);
  // Real authorisation: the professional's next-auth session and the parent's participant cookie.
  const { professional, conversationId, code } = await conversationWithJoinCode(browser, first.url);
  const instances = [first, await second];
  const { phone } = await phoneJoins(browser, instances[1].url, code);
  const cookies: Record<Side, string> = { PROFESSIONAL: await cookieHeader(professional, first.url), PARENT: await cookieHeader(phone, first.url) };
  const pagePath: Record<Side, string> = { PROFESSIONAL: `/gesprekken/${conversationId}/invullen`, PARENT: "/doe-mee/gesprek" };
  const actionId = findActionId("saveRatingAction");

  // Every item and side gets one answer, the rest fall at random: a few keep one, most get many.
  // Each answer has its own device time and a comment naming it, so the stored row says exactly
  // which answer won.
  const itemIds = await itemIdsOf(databaseUrl, conversationId);
  const keys = itemIds.flatMap((itemId) => (["PARENT", "PROFESSIONAL"] as const).map((side) => ({ itemId, side })));
  const firstRatedAt = Date.now() - 3_600_000;
  const saves: Save[] = Array.from({ length: RACE_SAVES }, (_, index) => {
    const value = randomInt(6);
    return {
      conversationId,
      ...keys[index < keys.length ? index : randomInt(keys.length)],
      value: value === 0 ? null : value,
      comment: `answer ${index}`,
      ratedAt: new Date(firstRatedAt + index * 1_000).toISOString(),
      locale: "nl",
    };
  });
  // A retry is the very same request again, sent to the other instance (as a load balancer would
  // after a timeout), maybe while the first is still on its way. All go out at once, shuffled,
  // so older answers often arrive after newer ones.
  const sends = saves.map((save, index) => ({ save, instance: index % 2 }));
  const retried = shuffle([...saves.keys()]).slice(0, RACE_RETRIES);
  for (const index of retried) sends.push({ save: saves[index], instance: 1 - (index % 2) });
  shuffle(sends);
  const responses = await Promise.all(
    sends.map(({ save, instance }) =>
      postServerAction(`${instances[instance].url}${pagePath[save.side]}`, actionId, cookies[save.side], [save]).catch(
        (error: unknown): ActionResponse => ({ status: 0, result: { ok: false, message: String(error) } }),
      ),
    ),
  );
  const isAcknowledged = (response: ActionResponse) => response.status === 200 && response.result?.ok === true;
  const acknowledged = new Set(sends.filter((_, index) => isAcknowledged(responses[index])).map(({ save }) => save));
  const failures = responses.filter((response) => !isAcknowledged(response));

  const rows = await readRatings(databaseUrl, conversationId);
  const rowsByKey = new Map<string, StoredRating[]>();
  for (const row of rows) rowsByKey.set(keyOf(row), [...(rowsByKey.get(keyOf(row)) ?? []), row]);
  const newestByKey = new Map<string, Save>();
  for (const save of saves) newestByKey.set(keyOf(save), save); // a later index is a later answer
  // Lost: acknowledged, yet neither it nor a newer answer to its item and side is stored.
  const lost = [...acknowledged].filter((save) => !rowsByKey.get(keyOf(save))?.some((row) => row.ratedAt.getTime() >= Date.parse(save.ratedAt)));
  const duplicated = [...rowsByKey.values()].reduce((sum, group) => sum + group.length - 1, 0);
  const notNewest = [...newestByKey].filter(([key, newest]) => {
    const row = rowsByKey.get(key)?.[0];
    return !row || row.comment !== newest.comment || row.value !== newest.value || row.ratedAt.getTime() !== Date.parse(newest.ratedAt);
  });

  console.log(
    `race: sent ${saves.length} saves + ${retried.length} retried = ${sends.length} requests over 2 instances; ` +
      `acknowledged ${sends.length - failures.length} requests (${acknowledged.size} saves), failed ${failures.length}; ` +
      `rows ${rows.length} for ${keys.length} item/sides; lost ${lost.length}, duplicated ${duplicated}, newest-wins violations ${notNewest.length}`,
  );
  expect(failures.slice(0, 5), "every request is answered ok: no error, no refusal").toEqual([]);
  expect(acknowledged.size).toBe(RACE_SAVES);
  expect(lost.length, "acknowledged answers missing").toBe(0);
  expect(duplicated, "extra rows for one item and side").toBe(0);
  expect(rows.length).toBe(keys.length);
  expect(
    notNewest.map(([key]) => key),
    "item/sides where another answer is stored than the newest sent",
  ).toEqual([]);
  await professional.close();
  await phone.close();
});

const CHOICES = [
  { label: "Klopt helemaal", value: 5 },
  { label: "Klopt niet zo", value: 2 },
  { label: "Weet ik niet / past niet", value: null },
  { label: "Klopt", value: 4 },
  { label: "Klopt helemaal niet", value: 1 },
  { label: "Klopt een beetje", value: 3 },
];
/** The server dies the moment the phone sends this save, so that one is in flight when it does. */
const KILL_AT_SAVE = 6;

/**
 * The client is a real phone: Chromium on the app's parent page tapping through 17 statements,
 * with the app's own save queue (lib/client/save-queue.ts in the built bundle, localStorage,
 * retry timer and all). When the server dies, its connections die with it, as a phone sees it.
 * What the phone saw acknowledged is read where the queue reads it: the answer to the page's own
 * fetch of the save action, ok: true. (Driving SaveQueue from Node would test the same class over
 * a made-up transport; Playwright's network events lose the bodies of these streamed answers.)
 */
async function proveCrashRecovery(
  browser: Browser,
  setup: { label: string; professionalApp: AppInstance; phoneApp: AppInstance; restart: () => Promise<AppInstance>; databaseUrl: string },
) {
  const { professional, conversationId, code } = await conversationWithJoinCode(browser, setup.professionalApp.url);
  const { phone, page } = await phoneJoins(browser, setup.phoneApp.url, code);
  const actionId = findActionId("saveRatingAction");
  const acknowledged = { beforeKill: [] as Save[], afterRestart: [] as Save[] };
  let moment: keyof typeof acknowledged = "beforeKill";
  await page.exposeFunction("reportSaveAnswer", (body: string, answer: string) => {
    if (actionResultOf(answer)?.ok === true) acknowledged[moment].push((JSON.parse(body) as [Save])[0]);
  });
  await page.addInitScript((saveActionId) => {
    const report = (window as unknown as { reportSaveAnswer(body: string, answer: string): Promise<void> }).reportSaveAnswer;
    const original = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const response = await original(input, init);
      if (new Headers(init?.headers).get("next-action") === saveActionId) {
        response
          .clone()
          .text()
          .then((answer) => report(String(init?.body), answer))
          .catch(() => undefined);
      }
      return response;
    };
  }, actionId);
  await page.reload();
  await page.getByRole("button", { name: "Ja, dat mag" }).click();
  const parent = page.getByRole("region", { name: "Ouder" });
  await expect(parent.getByText("Uitspraak 1 van 17")).toBeVisible();
  // This parent taps "Volgende" themselves, as fast as they can: the screen does not move on by itself.
  await parent.getByRole("switch", { name: "Vanzelf verder" }).click();

  const requested: Save[] = [];
  let killed: Promise<void> | undefined;
  page.on("request", (request) => {
    if (request.method() !== "POST" || request.headers()["next-action"] !== actionId) return;
    requested.push((JSON.parse(request.postData()!) as [Save])[0]);
    if (requested.length === KILL_AT_SAVE) killed = setup.phoneApp.kill();
  });

  // The parent taps through every statement without waiting; the server dies on the way.
  for (let index = 0; index < 17; index++) {
    await parent.getByText(CHOICES[index % CHOICES.length].label, { exact: true }).click();
    if (index < 16) await parent.getByRole("button", { name: "Volgende" }).click();
  }
  expect(killed, "the server was killed while the parent was answering").toBeDefined();
  await killed;
  // What the parent sees: the answers wait on the phone.
  await expect(parent.getByRole("status").filter({ hasText: "Geen internet" })).toBeVisible();

  // Restart on the same database, the phone offline for a moment, so that what the database kept
  // through the crash is counted before the phone sends anything again.
  await phone.setOffline(true);
  await setup.restart();
  const afterCrash = await readRatings(setup.databaseUrl, conversationId);
  const storedAt = (save: Save, rows: StoredRating[]) => rows.find((row) => keyOf(row) === keyOf(save))?.ratedAt.getTime() ?? -1;
  const kept = acknowledged.beforeKill.filter((save) => storedAt(save, afterCrash) >= Date.parse(save.ratedAt));
  const inFlight = requested[KILL_AT_SAVE - 1];
  const inFlightStored = storedAt(inFlight, afterCrash) === Date.parse(inFlight.ratedAt);

  moment = "afterRestart";
  await phone.setOffline(false);
  await expect(parent.getByRole("status").filter({ hasText: /^✓Opgeslagen$/ })).toBeVisible({ timeout: 30_000 });
  await parent.getByRole("button", { name: "Klaar" }).click();
  await expect(parent.getByText("Dank je wel! Je antwoorden zijn opgeslagen.")).toBeVisible();

  const itemIds = await itemIdsOf(setup.databaseUrl, conversationId);
  const final = await readRatings(setup.databaseUrl, conversationId);
  const unacknowledged = itemIds.length - new Set(acknowledged.beforeKill.map((save) => save.itemId)).size;
  // The page reports each answer it read back to this process on its own time: on a busy machine
  // the last report can still be on its way after "Klaar". Wait for it, not for a fixed time.
  const resentCount = () => new Set(acknowledged.afterRestart.map((save) => save.itemId)).size;
  await expect.poll(resentCount, { message: "every unacknowledged answer was sent again", timeout: 15_000 }).toBeGreaterThanOrEqual(unacknowledged);
  const resent = resentCount();
  console.log(
    `crash (${setup.label}): ${itemIds.length} answers given, ${requested.length} save requests in all; SIGKILL as save ${KILL_AT_SAVE} went out ` +
      `(it ${inFlightStored ? "reached" : "did not reach"} the database); acknowledged before the kill ${acknowledged.beforeKill.length}, ` +
      `found after the restart ${kept.length}; unacknowledged ${unacknowledged}, re-sent and acknowledged after the restart ${resent}; ` +
      `rows at the end ${final.length}`,
  );
  expect(acknowledged.beforeKill.length, "some answers were saved before the crash").toBeGreaterThan(0);
  expect(kept, "every answer acknowledged before the crash is in the database after it").toEqual(acknowledged.beforeKill);
  expect(resent, "every unacknowledged answer was sent again").toBeGreaterThanOrEqual(unacknowledged);
  expect(final.map((row) => ({ itemId: row.itemId, side: row.side, value: row.value }))).toEqual(
    itemIds.map((itemId, index) => ({ itemId, side: "PARENT", value: CHOICES[index % CHOICES.length].value })),
  );
  await professional.close();
  await phone.close();
}

test("the app server killed in the middle of a parent's answers (PostgreSQL): every acknowledged answer is kept, the rest are sent again", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // The professional works on the first instance, the phone on the second, which dies.
  const phoneApp = await second;
  await proveCrashRecovery(browser, {
    label: "PostgreSQL",
    professionalApp: first,
    phoneApp,
    restart: () => (second = launch(PORTS.second, { DATABASE_URL: databaseUrl })),
    databaseUrl,
  });
});

// The embedded default keeps its data in a folder (EMBEDDED_DB_DIR) inside the app's own process,
// so the kill takes the database down too: this is about PGlite's folder surviving a SIGKILL.
test("the app killed in the middle of a parent's answers (embedded database in a folder): every acknowledged answer is kept", async ({ browser }) => {
  test.setTimeout(240_000);
  const folder = mkdtempSync(path.join(tmpdir(), "samenspraak-durability-"));
  folders.push(folder);
  const env = { EMBEDDED_DB_DIR: path.join(folder, "pglite"), EMBEDDED_DB_PORT: String(PORTS.embeddedDatabase) };
  const app = await launch(PORTS.embedded, env, true);
  await proveCrashRecovery(browser, {
    label: "embedded PGlite folder",
    professionalApp: app,
    phoneApp: app,
    restart: () => launch(PORTS.embedded, env),
    databaseUrl: `postgresql://postgres:postgres@127.0.0.1:${PORTS.embeddedDatabase}/postgres?sslmode=disable`,
  });
});
