import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, professionalWithFamily, startPraatplaatConversation } from "./helpers";
import { rateInTurn } from "./rating-helpers";

// The whole walk (rating that moves on by itself, the reveal, agreements, the summary) is long:
// room, not a speed target. (The 90 s failure that first asked for it was a page wider than the
// phone, where taps missed; that is fixed, the room stays for busy two-core machines.)
test.setTimeout(180_000);

test("the parent answers on their own phone, offline for a while, while the professional answers on the tablet", async ({ page, browser }, testInfo) => {
  await professionalWithFamily(page);
  await startPraatplaatConversation(page);
  await page.getByRole("button", { name: "Maak een code" }).click();
  await expect(page.getByRole("img", { name: "QR-code om mee te doen met dit gesprek" })).toBeVisible();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("hub-with-code.png"), fullPage: true });

  const phoneContext = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const phone = await phoneContext.newPage();
  await phone.goto("/doe-mee");
  await expectNoAxeViolations(phone);
  await phone.getByLabel("Code").fill(code.toLowerCase());
  await phone.getByRole("button", { name: "Doe mee" }).click();
  await phone.getByRole("button", { name: "Ja, dat mag" }).click();
  const parent = phone.getByRole("region", { name: "Ouder" });
  await expect(parent.getByText("Uitspraak 1 van 3")).toBeVisible();
  await expect(phone.getByRole("region", { name: "Professional" })).toHaveCount(0);
  await expectNoAxeViolations(phone);
  await phone.screenshot({ path: testInfo.outputPath("phone-rating.png"), fullPage: true });

  await parent.getByText("Klopt", { exact: true }).click();
  await expect(phone.getByRole("status").filter({ hasText: /^✓Opgeslagen$/ })).toBeVisible();
  // The professional's screen follows along, without seeing the answer.
  await expect(page.getByText("Ouder: 1 van 3 beantwoord")).toBeVisible({ timeout: 15_000 });

  // The Wi-Fi drops: the answer waits on the phone, visibly, and the tab is even closed.
  await phoneContext.setOffline(true);
  // The screen moved on to the next statement by itself.
  await expect(parent.getByText("Uitspraak 2 van 3")).toBeVisible();
  await parent.getByText("Klopt helemaal", { exact: true }).click();
  await expect(phone.getByRole("status").filter({ hasText: "Geen internet" })).toBeVisible();
  await phone.close();
  await phoneContext.setOffline(false);

  const phoneAgain = await phoneContext.newPage();
  await phoneAgain.goto("/doe-mee/gesprek");
  await expect(phoneAgain.getByRole("status").filter({ hasText: /^✓Opgeslagen$/ })).toBeVisible();
  await expect(page.getByText("Ouder: 2 van 3 beantwoord")).toBeVisible({ timeout: 15_000 });
  const parentAgain = phoneAgain.getByRole("region", { name: "Ouder" });
  // It goes on at the first statement without a rating; the one before kept the rating sent offline.
  await expect(parentAgain.getByText("Uitspraak 3 van 3")).toBeVisible();
  await parentAgain.getByRole("button", { name: "Vorige" }).click();
  await expect(parentAgain.getByRole("radio", { name: "Klopt helemaal", exact: true })).toBeChecked();
  await parentAgain.getByRole("button", { name: "Volgende" }).click();
  await parentAgain.getByText("Klopt niet zo", { exact: true }).click();
  await parentAgain.getByRole("button", { name: "Klaar" }).click();
  await expect(parentAgain.getByText("Dank je wel! Je antwoorden zijn opgeslagen.")).toBeVisible();
  await expect(page.getByText("Ouder: 3 van 3 beantwoord")).toBeVisible({ timeout: 15_000 });

  // The professional answers on their own screen; then both see the answers.
  await page.getByRole("link", { name: "Vul zelf in" }).click();
  const professional = page.getByRole("region", { name: "Professional" });
  await expect(professional.getByText("Uitspraak 1 van 3")).toBeVisible();
  await expectNoAxeViolations(page);
  await rateInTurn(professional, ["Klopt helemaal", "Klopt", "Klopt helemaal"]);
  await page.getByRole("link", { name: "Bekijk de antwoorden samen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "De antwoorden naast elkaar" })).toBeVisible();
  await expect(page.getByText("Jullie zien dit anders", { exact: true })).toHaveCount(1);

  // The parent's phone now shows the summary to take home.
  await phoneAgain.reload();
  await expect(phoneAgain.getByRole("heading", { level: 1, name: "Samenvatting van ons gesprek" })).toBeVisible();
  await expectNoAxeViolations(phoneAgain);
  await phoneAgain.screenshot({ path: testInfo.outputPath("phone-summary.png"), fullPage: true });
  const pdf = await phoneAgain.request.get((await phoneAgain.getByRole("link", { name: "Download als PDF" }).getAttribute("href")) ?? "");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await phoneContext.close();
});
