import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "samenspraak-demo";

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

/** Fills in and sends the sign-in form; the outcome is for the test to check. */
export async function attemptSignIn(page: Page, email: string, password: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/** Signs in and waits until the app has left the sign-in page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await attemptSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
}

/** The page's own alert (Next.js keeps an empty route announcer with the same role). */
export function alertOf(page: Page) {
  return page.getByRole("main").getByRole("alert");
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByText("Je bent uitgelogd.")).toBeVisible();
}

/** Unique per run and per project, so tests never trip over each other's data. */
export function unique(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
