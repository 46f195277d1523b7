import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, E2E_PIN, professionalWithFamily, startPraatplaatConversation } from "./helpers";

// Two holes of the review, tried as a parent and as a stuck professional would.
test("parent mode holds without its cookie, and a locked PIN gives way to the professional's password", async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== "tablet-landscape", "once");
  await professionalWithFamily(page);
  await startPraatplaatConversation(page);
  const hub = page.url();
  await page.getByRole("button", { name: "Geef de tablet aan de ouder" }).click();
  await expect(page).toHaveURL(/\/ouder\//);

  // Wrong PINs lock the PIN (five in 15 minutes; earlier tests may have spent some of them).
  await page.goto("/ouder/verlaten");
  const locked = page.getByText("Te veel pogingen. Wacht even en probeer het dan opnieuw.");
  for (let attempt = 0; attempt < 6 && !(await locked.isVisible()); attempt++) {
    await page.getByLabel("Pincode van de professional").fill(`000${attempt}`);
    await page.getByRole("button", { name: "Verlaten" }).click();
    await expect(page.getByText("Deze pincode klopt niet.").or(locked)).toBeVisible();
  }
  // Now even the right PIN waits; the password still gets the professional out.
  await page.getByLabel("Pincode van de professional").fill(E2E_PIN);
  await page.getByRole("button", { name: "Verlaten" }).click();
  await expect(locked).toBeVisible();
  await page.getByText("Pincode vergeten of geblokkeerd?").click();
  await page.getByLabel("Wachtwoord van de professional").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Verlaten" }).nth(1).click();
  await expect(page).toHaveURL(hub);

  // Hand over again; the parent deletes the parent-mode cookie: the professional's families stay shut.
  await page.getByRole("button", { name: "Geef de tablet aan de ouder" }).click();
  await expect(page).toHaveURL(/\/ouder\//);
  await context.clearCookies({ name: "samenspraak-parent-mode" });
  await page.goto("/gezinnen");
  await expect(page).toHaveURL(/\/inloggen/);
  await expect(page.getByRole("heading", { level: 1, name: "Gezinnen" })).toHaveCount(0);
});
