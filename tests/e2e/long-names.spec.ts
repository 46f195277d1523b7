import { expect, test } from "@playwright/test";
import { expectNoSidewaysScroll, professionalWithFamily, unique } from "./helpers";

// A family's name may be one word of up to 40 letters. The start page once grew to that word's
// width (543 px on a 390 px phone): the phone then zooms the page out and taps land beside their
// targets. The random names of the other specs hit it now and then, as a CI run that could not
// press "Gesprek starten"; this spec does it on purpose, on every page the name appears on.

test("a family whose name is one long word: every page of a conversation still fits the screen", async ({ page }, testInfo) => {
  const label = `${unique("Fam")}${"mw".repeat(12)}`.slice(0, 40);
  await professionalWithFamily(page, label);
  await expectNoSidewaysScroll(page);

  await page.getByRole("link", { name: "Nieuw gesprek" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Nieuw gesprek met ${label}` })).toBeVisible();
  await page.getByRole("radio", { name: "Ieder op een eigen scherm" }).check();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: testInfo.outputPath("start-form.png") });
  await page.getByRole("button", { name: "Gesprek starten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Gesprek met/ })).toBeVisible();
  await expectNoSidewaysScroll(page);

  await page.getByRole("button", { name: "Nu al de antwoorden bekijken" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "De antwoorden naast elkaar" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.getByRole("link", { name: "Samenvatting om mee te nemen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Samenvatting van ons gesprek" })).toBeVisible();
  await expectNoSidewaysScroll(page);

  for (const path of ["/start", "/gezinnen"]) {
    await page.goto(path);
    await expect(page.getByText(label).first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath(`${path.slice(1)}.png`), fullPage: true });
  }
});
