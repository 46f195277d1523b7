import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

test.describe("Instrumenten page", () => {
  test("shows the three instruments and the phases in Dutch", async ({ page }, testInfo) => {
    await page.goto("/instrumenten");
    await expect(page).toHaveTitle(/Instrumenten/);
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 1, name: "Instrumenten" })).toBeVisible();

    const twelve = page.getByRole("region", { name: "De 12 vragen van ouders" });
    const questions = twelve.locator("ol > li");
    await expect(questions).toHaveCount(12);
    await expect(questions.first()).toHaveText(/Wil je me laten merken dat ik belangrijk ben\?/);
    await expect(questions.last()).toHaveText(/Help mij herinneren wanneer we een afspraak hebben\./);
    // Why the questions exist (seed 000), for the professional who reads this page.
    await expect(twelve.getByRole("complementary", { name: "De bedoeling van de 12 vragen" })).toContainText("nieuwsgierige houding, zonder oordeel");

    const praatplaat = page.getByRole("region", { name: "Praatplaat" });
    await expect(praatplaat.getByRole("heading", { name: "Erken de expertise van ouders" })).toBeVisible();
    await expect(praatplaat.getByText("Hoe zit dat bij ons?")).toBeVisible();
    await expect(praatplaat.getByText("Titel afgeleid")).toBeVisible();
    await expect(praatplaat.getByText("Denk met me mee en niet tegen.")).toBeVisible();
    // A quote the poster does not clearly place says so; one it does place does not.
    const supportTheme = praatplaat.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Bied ouders steun" }) });
    await expect(supportTheme.getByText("Plaats afgeleid")).toBeVisible();
    const possibilities = praatplaat.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Denk in mogelijkheden" }) });
    await expect(possibilities.getByText("Plaats afgeleid")).toHaveCount(0);

    const partnerships = page.getByRole("region", { name: "Het model van de 5 partnerschappen" });
    await expect(partnerships.getByRole("region", { name: "Onderwijskundig partnerschap" })).toContainText("Didactisch partnerschap");
    await expect(partnerships.getByRole("region", { name: "Ouderparticipatie" })).toContainText("Informeel partnerschap");

    const phases = page.getByRole("region", { name: "De fasen van de samenwerking" });
    await expect(phases.getByRole("heading", { level: 3 })).toHaveText(["Voortraject", "Hoofdtraject", "Natraject"]);

    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath("instrumenten-nl.png"), fullPage: true });
  });

  test("switches to English and keeps it on the next page", async ({ page }, testInfo) => {
    await page.goto("/instrumenten");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Instruments" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

    await expect(page.getByRole("region", { name: "The 12 questions of parents" }).locator("ol > li")).toHaveCount(12);
    await expect(page.getByText("How is this for us?")).toBeVisible();
    await expect(page.getByText("Title derived")).toBeVisible();
    await expect(page.getByText("not yet been checked by a native speaker").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath("instrumenten-en.png"), fullPage: true });

    await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Home" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Talking together about working together");
    await page.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samen praten over samenwerken");
  });

  test("the home page leads to the instruments and passes an accessibility scan", async ({ page }, testInfo) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath("home-nl.png"), fullPage: true });
    await page.getByRole("link", { name: "Bekijk de instrumenten" }).click();
    await expect(page).toHaveURL(/\/instrumenten$/);
  });

  test("every page and API answer carries the security headers, and the pages work under their CSP", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/instrumenten");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["permissions-policy"]).toContain("camera=()");
    // Each page view gets its own nonce.
    const again = (await page.goto("/instrumenten"))!.headers()["content-security-policy"];
    expect(again).not.toBe(headers["content-security-policy"]);
    // The scripts run: switching language is a client-side action.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Instruments" })).toBeVisible();
    await page.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Instrumenten" })).toBeVisible();
    expect(violations).toEqual([]);

    const api = await page.request.get("/api/gesprekken/nothing/status");
    expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers()["x-frame-options"]).toBe("DENY");
  });
});

