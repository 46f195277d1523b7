import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { createFreshDatabase, startPrivateCluster } from "../support/postgres-cluster";
import { linkIn, startSmtpInbox } from "../support/smtp-inbox";
import { startAppInstance } from "./support/app-instance";

// The first day in production, as an organisation lives it: the built app on an empty database
// (a PostgreSQL server, and the embedded default), set up through the link the server prints,
// then a colleague invited by e-mail through a real SMTP server.

const PORTS = { postgres: { app: 3341, database: 54363, provider: 3343 }, embedded: { app: 3342, database: 54364, provider: 3344 } };
// A click that finds nothing fails within half a minute instead of waiting out the test.
test.use({ actionTimeout: 30_000 });

const CLIENT = { id: "delinde-samenspraak", secret: "e2e-only-client-secret-not-a-secret" };

for (const kind of ["postgres", "embedded"] as const) {
  test(`an organisation starts from nothing on ${kind === "postgres" ? "PostgreSQL" : "the embedded database"}`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "tablet-landscape", "one device is enough: this is about the server");
    test.setTimeout(240_000);
    const inbox = await startSmtpInbox();
    const cluster = kind === "postgres" ? await startPrivateCluster(PORTS.postgres.database) : null;
    const database: Record<string, string> = cluster
      ? { DATABASE_URL: await createFreshDatabase(cluster.adminUrl, "first_day"), NEXTAUTH_SECRET: "a-secret-of-at-least-thirty-two-characters!" }
      : { EMBEDDED_DB_DIR: "memory://", EMBEDDED_DB_PORT: String(PORTS.embedded.database) };
    const { app: port, provider: providerPort } = PORTS[kind];
    const provider = await startOidcProvider(providerPort, `http://localhost:${port}/api/auth/callback/oidc`);
    const oidc = { OIDC_ISSUER: `http://localhost:${providerPort}`, OIDC_CLIENT_ID: CLIENT.id, OIDC_CLIENT_SECRET: CLIENT.secret, OIDC_NAME: "Microsoft" };
    const app = await startAppInstance({ port, env: { ...database, ...oidc, NEXTAUTH_URL: `http://localhost:${port}`, SMTP_URL: inbox.url } });
    try {
      await firstDay(page, app.url, app.output(), inbox, testInfo.outputPath.bind(testInfo));
      // The invited colleague also comes in with the organisation's own account, by e-mail address.
      await page.goto(`${app.url}/start`);
      await page.getByRole("button", { name: "Uitloggen" }).click();
      await expect(page.getByText("Je bent uitgelogd.")).toBeVisible();
      await page.goto(`${app.url}/inloggen`);
      await expect(page.getByRole("button", { name: "Inloggen met Microsoft" })).toBeVisible();
      await page.getByRole("button", { name: "Inloggen met Microsoft" }).click();
      await page.waitForURL(`http://localhost:${providerPort}/**`);
      await page.getByPlaceholder("Enter any login").fill("nina@delinde.nl");
      await page.getByPlaceholder("and password").fill("wat-dan-ook");
      await page.getByRole("button", { name: "Sign-in" }).click();
      await page.waitForURL(`${app.url}/**`);
      await expect(page.getByText("Ingelogd als Nina Bakker")).toBeVisible();
    } finally {
      provider.kill("SIGTERM");
      await app.stop();
      cluster?.stop();
      await inbox.close();
    }
  });
}

async function firstDay(page: Page, base: string, printed: string, inbox: Awaited<ReturnType<typeof startSmtpInbox>>, outputPath: (name: string) => string) {
  // Nothing can be reached before setup: every screen leads to the setup page.
  for (const path of ["/", "/inloggen", "/gezinnen", "/doe-mee"]) {
    await page.goto(base + path);
    await expect(page).toHaveURL(/\/inrichten$/);
  }
  await expect(page.getByText("npm run setup")).toBeVisible();

  const setupLink = /https?:\/\/\S+\/inrichten\?token=\S+/.exec(printed)?.[0];
  expect(setupLink, printed).toBeTruthy();
  await page.goto(setupLink!);
  await page.getByLabel("Naam van je organisatie").fill("Kindcentrum De Linde");
  await page.getByLabel("Jouw naam").fill("Sanne de Vries");
  await page.getByLabel("Jouw e-mailadres").fill("sanne@delinde.nl");
  await page.getByLabel("Kies een wachtwoord").fill("sanne-haar-wachtwoord");
  await page.getByLabel("Typ het wachtwoord nog een keer").fill("sanne-haar-wachtwoord");
  await page.screenshot({ path: outputPath("setup.png"), fullPage: true });
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await expect(page.getByText("Klaar. Log nu in")).toBeVisible();

  // The link worked once: now it says so, and offers the sign-in page.
  await page.goto(setupLink!);
  await expect(page.getByText("Deze organisatie is al ingericht.")).toBeVisible();

  await signIn(page, base, "sanne@delinde.nl", "sanne-haar-wachtwoord");
  await page.getByRole("link", { name: "Beheer" }).first().click();
  const invite = page.locator("form", { has: page.getByRole("button", { name: "Collega uitnodigen" }) });
  await invite.getByLabel("Naam", { exact: true }).fill("Nina Bakker");
  await invite.getByLabel("E-mailadres").fill("nina@delinde.nl");
  await invite.getByRole("button", { name: "Collega uitnodigen" }).click();
  await expect(page.getByText("Uitnodiging verstuurd naar nina@delinde.nl.")).toBeVisible();
  await page.screenshot({ path: outputPath("invited.png"), fullPage: true });
  await importSchool(page, base);
  // The 20 imported colleagues have no password yet: one click invites them all, by mail.
  await page.goto(`${base}/beheer`);
  await expect(page.getByRole("row", { name: /Collega 7/ }).getByText("Nog geen wachtwoord")).toBeVisible();
  await page.getByRole("button", { name: "Nodig ze allemaal uit" }).click();
  await expect(page.getByText("20 uitnodigingen verstuurd.")).toBeVisible({ timeout: 30_000 });
  expect(await inbox.to("collega7@delinde.nl")).toHaveLength(1);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByText("Je bent uitgelogd.")).toBeVisible();

  const [mail] = await inbox.to("nina@delinde.nl");
  expect(mail, "the invitation arrives by SMTP").toBeTruthy();
  await page.goto(linkIn(mail));
  await expect(page.getByText("Welkom, Nina Bakker.")).toBeVisible();
  await page.getByLabel("Nieuw wachtwoord").fill("nina-haar-wachtwoord");
  await page.getByLabel("Typ het wachtwoord nog een keer").fill("nina-haar-wachtwoord");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("Je wachtwoord is opgeslagen.")).toBeVisible();
  await expect(page).toHaveURL(/\/inloggen/);
  await signIn(page, base, "nina@delinde.nl", "nina-haar-wachtwoord");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  // Used once: the same link now explains itself instead.
  await page.goto(linkIn(mail));
  await expect(page.getByText("Deze link werkt niet (meer).")).toBeVisible();
}

/** A file as Dutch Excel saves CSV: semicolons, byte-order mark, Windows line ends. */
const excelCsv = (name: string, rows: string[][]) => ({ name, mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${rows.map((row) => row.join(";")).join("\r\n")}\r\n`) });

/** The school's administration exported: 3 teams, 20 staff, 200 families, checked and imported once. */
async function importSchool(page: Page, base: string) {
  const teams = ["Groep 1-2", "Groep 3-4", "Groep 5-6"];
  const staff = Array.from({ length: 20 }, (_, index) => [`Collega ${index + 1}`, `collega${index + 1}@delinde.nl`, index === 0 ? "teamleider" : "professional", teams[index % 3]]);
  // Each family is followed by a professional of its own team.
  const followerOf = (index: number) => staff.filter((_, number) => number > 0 && number % 3 === index % 3)[index % 6][1];
  const families = Array.from({ length: 200 }, (_, index) => [`Fam. ${String.fromCharCode(65 + (index % 26))}${Math.floor(index / 26) + 1}`, teams[index % 3], index % 5 === 0 ? "tr" : "nl", followerOf(index)]);
  await page.goto(`${base}/beheer/importeren`);
  await page.getByLabel("Teams (CSV-bestand)").setInputFiles(excelCsv("teams.csv", [["team"], ...teams.map((team) => [team])]));
  await page.getByLabel("Medewerkers (CSV-bestand)").setInputFiles(excelCsv("medewerkers.csv", [["naam", "e-mail", "rol", "team"], ...staff]));
  await page.getByLabel("Gezinnen (CSV-bestand)").setInputFiles(excelCsv("gezinnen.csv", [["label", "team", "taal", "professionals"], ...families]));
  await page.getByRole("button", { name: "Controleren" }).click();
  const checked = page.getByRole("region", { name: "Uitkomst van de controle" });
  await expect(checked.getByText("Alles klopt.", { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(checked.getByRole("listitem").filter({ hasText: "Gezinnen: 200 nieuw, 0 aangepast, 0 stonden er al" })).toBeVisible();
  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(page.getByRole("region", { name: "Uitkomst van de import" }).getByText("Klaar. Alles is opgeslagen.")).toBeVisible({ timeout: 30_000 });
  // The same files again: nothing to do.
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page.getByText("Alles uit deze bestanden staat er al.", { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("button", { name: "Importeren" })).toHaveCount(0);
}

/** tests/e2e/support/oidc-provider.ts: a real OpenID Connect provider, as the organisation's directory. */
async function startOidcProvider(port: number, redirectUri: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/e2e/support/oidc-provider.ts", String(port), redirectUri, CLIENT.id, CLIENT.secret], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (/provider ready/.test(output)) resolve();
    });
    child.on("exit", (code) => reject(new Error(`The OpenID Connect provider stopped (${code}): ${output}`)));
  });
  return child;
}

async function signIn(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/inloggen`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
}
