import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { addFamily, alertOf, attemptSignIn, DEMO_PASSWORD, expectNoAxeViolations, signOut, startPraatplaatConversation } from "./helpers";

// Signing in with the organisation's own accounts, against a real OpenID Connect provider
// (tests/e2e/support/oidc-provider.ts) on localhost. This file starts that provider and its own
// app instance (the built app, demo data, an in-memory database) configured for it, so it runs
// beside the suite's shared server and in one project only.

const APP_PORT = 3330;
const PROVIDER_PORT = 3331;
const DATABASE_PORT = 54386;
const APP = `http://localhost:${APP_PORT}`;
const PROVIDER = `http://localhost:${PROVIDER_PORT}`;
const CLIENT_ID = "samenspraak-e2e";
const CLIENT_SECRET = "e2e-only-client-secret-not-a-secret";
// The README's documented example; the button reads "Inloggen met Microsoft".
const PROVIDER_NAME = "Microsoft";

test.use({ baseURL: APP });
test.describe.configure({ mode: "serial" });

const started: ChildProcess[] = [];

function start(script: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<void> {
  const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete environment.DATABASE_URL; // never a real database
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { env: environment, stdio: ["ignore", "pipe", "pipe"] });
  started.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolve();
    };
    child.stdout!.on("data", listen);
    child.stderr!.on("data", listen);
    child.on("exit", (code) => reject(new Error(`${script} stopped (${code}):\n${output}`)));
  });
}

test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "tablet-landscape", "one app instance and provider, in one project");
  // A second app with its demo data, beside the suite's own server. A CI run on a busy two-core
  // machine failed this file's first test and never ran the other three; its log was cut off
  // before the reason, and a slow start is the likeliest one, so the start gets more room.
  testInfo.setTimeout(300_000);
  await Promise.all([
    start("tests/e2e/support/oidc-provider.ts", [String(PROVIDER_PORT), `${APP}/api/auth/callback/oidc`, CLIENT_ID, CLIENT_SECRET], {}, /provider ready/),
    start(
      "lib/cli/serve.ts",
      ["--demo"],
      {
        PORT: String(APP_PORT),
        EMBEDDED_DB_DIR: "memory://",
        EMBEDDED_DB_PORT: String(DATABASE_PORT),
        NEXTAUTH_URL: APP,
        OIDC_ISSUER: PROVIDER,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: CLIENT_SECRET,
        OIDC_NAME: PROVIDER_NAME,
        NEXT_TELEMETRY_DISABLED: "1",
        LOGIN_MAX_FAILURES_PER_IP: "1000",
      },
      /Next\.js ready/,
    ),
  ]);
});

test.afterAll(async () => {
  for (const child of started) child.kill("SIGTERM");
  await Promise.all(started.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve)) : null)));
});

/**
 * From the app's sign-in page through the provider's own login page. The provider asks every
 * time (prompt=login, OIDC_PROMPT_LOGIN's default), also when it still knows who signed in last.
 */
async function signInWithOrganisation(page: Page, email: string) {
  await page.goto("/inloggen");
  await page.getByRole("button", { name: `Inloggen met ${PROVIDER_NAME}` }).click();
  await page.waitForURL(`${PROVIDER}/**`);
  await page.getByPlaceholder("Enter any login").fill(email);
  await page.getByPlaceholder("and password").fill("the provider's own password");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("the sign-in page offers the organisation's account first, on a tablet and a phone", async ({ page }) => {
  await page.goto("/inloggen");
  await expect(page.getByRole("button", { name: "Inloggen met Microsoft" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Of log in met je e-mailadres en wachtwoord" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath("sign-in-1024x768.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("sign-in-390x844.png"), fullPage: true });
});

test("invited staff sign in with the organisation's account, with the role this app gave them", async ({ page }) => {
  await signInWithOrganisation(page, "Teamleider@demo.samenspraak.nl");
  await page.waitForURL(`${APP}/start`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/instellingen");
  await expect(page.getByText("teamleider@demo.samenspraak.nl · Teamleider")).toBeVisible();
  // Not an admin, whatever the provider says about the person.
  await page.goto("/beheer");
  await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toHaveCount(0);
});

test("an address nobody invited is refused kindly, and no account is made", async ({ page }) => {
  await signInWithOrganisation(page, "nieuwe.collega@demo.samenspraak.nl");
  await page.waitForURL(/\/inloggen\?.*error=AccessDenied/);
  await expect(alertOf(page)).toHaveText(
    "Met dit account kun je niet inloggen bij Samenspraak. Vraag je beheerder om je uit te nodigen met dit e-mailadres.",
  );
  await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
  // The admin's list of users has no such person.
  await signInWithOrganisation(page, "beheerder@demo.samenspraak.nl");
  await page.waitForURL(`${APP}/start`);
  await page.goto("/beheer");
  await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
  await expect(page.getByText("beheerder@demo.samenspraak.nl")).toBeVisible();
  await expect(page.getByText("nieuwe.collega@demo.samenspraak.nl")).toHaveCount(0);
});

test("with password sign-in switched off, the password form is refused and the organisation's account still works", async ({ page }) => {
  await switchPasswordSignIn(page, "off");

  await attemptSignIn(page, "professional@demo.samenspraak.nl", DEMO_PASSWORD);
  await expect(alertOf(page)).toHaveText("Je organisatie logt in met het eigen account, niet met een wachtwoord. Gebruik de knop bovenaan.");
  await expect(page).toHaveURL(/\/inloggen/);

  await signInWithOrganisation(page, "professional@demo.samenspraak.nl");
  await page.waitForURL(`${APP}/start`);
  await signOut(page);

  // Back on, for whoever runs this against the same instance again.
  await switchPasswordSignIn(page, "on");
});

/** The admin, signed in with the organisation's account (the only one who may), switches password sign-in; then signs out. */
async function switchPasswordSignIn(page: Page, to: "on" | "off") {
  await signInWithOrganisation(page, "beheerder@demo.samenspraak.nl");
  await page.waitForURL(`${APP}/start`);
  await page.goto("/beheer");
  if (to === "off") {
    await page.getByRole("button", { name: "Inloggen met wachtwoord uitzetten" }).click();
    await expect(page.getByText("Inloggen met wachtwoord staat uit.")).toBeVisible();
  } else {
    await page.getByRole("button", { name: "Inloggen met wachtwoord weer aanzetten" }).click();
    await expect(page.getByText("Inloggen met e-mailadres en wachtwoord staat aan.")).toBeVisible();
  }
  await signOut(page);
}

/** Just signed in with the organisation's account, so no password is asked (there is none to give). */
async function setPinWithoutPassword(page: Page, pin: string) {
  await page.goto("/instellingen");
  await expect(page.getByLabel("Je wachtwoord")).toHaveCount(0);
  await page.getByLabel("Nieuwe pincode", { exact: true }).fill(pin);
  await page.getByLabel("Nieuwe pincode nog een keer").fill(pin);
  await page.getByRole("button", { name: "Pincode opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Je pincode is opgeslagen." })).toBeVisible();
}

test("without a password, a forgotten PIN is replaced on one's own phone, and the tablet leaves parent mode with the new one", async ({ page, browser }) => {
  await switchPasswordSignIn(page, "off");
  await signInWithOrganisation(page, "professional@demo.samenspraak.nl");
  await page.waitForURL(`${APP}/start`);
  await setPinWithoutPassword(page, "1470");
  await addFamily(page);
  await startPraatplaatConversation(page);
  const hub = page.url();
  await page.getByRole("button", { name: "Geef de tablet aan de ouder" }).click();
  await expect(page).toHaveURL(/\/ouder\//);

  // The PIN is forgotten. The way out offers no password field, which this account could not fill.
  await page.goto("/ouder/verlaten");
  await page.getByText("Pincode vergeten of geblokkeerd?").click();
  await expect(page.getByText("Log op je eigen telefoon of computer in met het account van je organisatie.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Wachtwoord van de professional")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath("leave-without-password.png"), fullPage: true });

  const phoneContext = await browser.newContext({ baseURL: APP, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await phoneContext.newPage();
  await signInWithOrganisation(phone, "professional@demo.samenspraak.nl");
  await phone.waitForURL(`${APP}/start`);
  await setPinWithoutPassword(phone, "3692");
  await phoneContext.close();

  await page.getByLabel("Pincode van de professional").fill("3692");
  await page.getByRole("button", { name: "Verlaten" }).click();
  await expect(page).toHaveURL(hub);
  await signOut(page);
  await switchPasswordSignIn(page, "on");
});
