import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "samenspraak-demo";

export async function expectNoAxeViolations(page: Page) {
  await animationsSettled(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
  await expectNoSidewaysScroll(page);
}

/**
 * Waits for running transitions to end. A new statement fades in over 300 ms; scanned mid-fade,
 * its half-transparent text fails the contrast check though nobody reads it that way (a CI run
 * on a phone-sized page found 8 such nodes). Endless animations, if any, are left running.
 */
async function animationsSettled(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Reflow (WCAG 1.4.10): nothing sticks out sideways at the screen's width. On a phone a page that
 * does is zoomed out by the browser, its type shrinks, and taps land beside their targets.
 */
export async function expectNoSidewaysScroll(page: Page) {
  const width = page.viewportSize()!.width;
  const sticking = await page.evaluate((width) => {
    if (document.documentElement.scrollWidth <= width) return [];
    const out: Element[] = [];
    for (const element of document.querySelectorAll("body *")) {
      // A box past the edge, or text that runs past it (a long word or address)...
      const box = element.getBoundingClientRect();
      const visible = getComputedStyle(element).overflowX === "visible";
      if (!(box.right > width + 1 || box.left < -1 || (visible && box.left + element.scrollWidth > width + 1))) continue;
      // ...that no frame of its own scrolls or clips.
      let framed = false;
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) framed ||= getComputedStyle(parent).overflowX !== "visible";
      if (!framed) out.push(element);
    }
    // The innermost ones name the culprit; their ancestors only carry it.
    return out
      .filter((element) => !out.some((other) => other !== element && element.contains(other)))
      .slice(0, 5)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}">${(element.textContent ?? "").slice(0, 60)}`);
  }, width);
  expect(sticking, `wider than the screen (${width}px)`).toEqual([]);
}

/** Fills in and sends the sign-in form; the outcome is for the test to check. */
export async function attemptSignIn(page: Page, email: string, password: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
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

export const E2E_PIN = "2580";

/** Signs in as the demo professional with a known PIN, and adds a family of their own. */
export async function professionalWithFamily(page: Page, label?: string): Promise<{ label: string }> {
  await signIn(page, "professional@demo.samenspraak.nl");
  await page.goto("/instellingen");
  await page.getByLabel("Je wachtwoord").fill(DEMO_PASSWORD);
  await page.getByLabel("Nieuwe pincode", { exact: true }).fill(E2E_PIN);
  await page.getByLabel("Nieuwe pincode nog een keer").fill(E2E_PIN);
  await page.getByRole("button", { name: "Pincode opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Je pincode is opgeslagen." })).toBeVisible();
  return addFamily(page, label);
}

/** Adds a family of the signed-in professional's own and opens its page. */
export async function addFamily(page: Page, label = unique("Fam")): Promise<{ label: string }> {
  await page.goto("/gezinnen");
  await page.getByLabel("Schuilnaam").fill(label);
  await page.getByRole("button", { name: "Gezin toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Gezin ${label}` })).toBeVisible();
  return { label };
}

/** Starts a praatplaat conversation about two themes and an own theme: three items. */
export async function startPraatplaatConversation(page: Page) {
  await page.getByRole("link", { name: "Nieuw gesprek" }).click();
  await page.getByRole("checkbox", { name: "De 12 vragen van ouders" }).uncheck();
  await page.getByRole("checkbox", { name: "Praatplaat" }).check();
  await page.getByRole("checkbox", { name: "Sta dichtbij" }).check();
  await page.getByRole("checkbox", { name: "Erken de expertise van ouders" }).check();
  await page.getByLabel("Wij willen toevoegen: eigen thema (niet verplicht)").fill("Huiswerk");
  // To the conversation's page, where the specs choose how to rate (the tablet, a phone, one's own screen).
  await page.getByRole("radio", { name: "Ieder op een eigen scherm" }).check();
  // A page wider than a phone is zoomed out and the tap misses: say so, rather than time out.
  await expectNoSidewaysScroll(page);
  await page.getByRole("button", { name: "Gesprek starten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Gesprek met/ })).toBeVisible();
}
