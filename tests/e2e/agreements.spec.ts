import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, professionalWithFamily, startPraatplaatConversation } from "./helpers";

// Agreements carry over: made and changed after the reveal, ticked off (the day is recorded),
// and the next conversation with the family opens with them, to look back on together.

const agreements = (page: Page) => page.getByRole("region", { name: "Afspraken", exact: true });
const earlier = (page: Page) => page.getByRole("region", { name: "Vorige keer spraken we af…" });

test("an agreement is changed, ticked off and looked back on in the next conversation", async ({ page }, testInfo) => {
  const { label } = await professionalWithFamily(page);
  await startPraatplaatConversation(page);
  // The first conversation has nothing to look back on.
  await expect(earlier(page)).toHaveCount(0);
  await page.getByRole("button", { name: "Nu al de antwoorden bekijken" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "De antwoorden naast elkaar" })).toBeVisible();

  await page.getByLabel("Wat spreken jullie af?").fill("Elke vrijdag even bellen");
  await page.getByRole("button", { name: "Afspraak toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De afspraak is opgeslagen." })).toBeVisible();
  const item = agreements(page).getByRole("listitem").filter({ hasText: "Elke vrijdag even bellen" });
  await expect(item).toContainText("Samen · Nog open");

  // Changed: what, who, by when.
  await item.getByText("Afspraak aanpassen").click();
  await item.getByLabel("Wat spreken jullie af?").fill("Elke donderdag even bellen");
  await item.getByRole("radio", { name: "Ouder" }).check();
  await item.getByLabel("Klaar op (niet verplicht)").fill("2026-12-18");
  await item.getByRole("button", { name: "Afspraak opslaan" }).click();
  const changed = agreements(page).getByRole("listitem").filter({ hasText: "Elke donderdag even bellen" });
  await expect(changed).toContainText("Ouder · klaar op 18 december 2026 · Nog open");

  // Ticked off: done, and the day it was done.
  await changed.getByRole("button", { name: "Vink af: gedaan: Elke donderdag even bellen" }).click();
  await expect(changed).toContainText(/Gedaan · gedaan op \d{1,2} \w+ \d{4}/);
  await expect(changed.getByRole("button", { name: "Toch nog niet gedaan: Elke donderdag even bellen" })).toBeVisible();
  await expectNoAxeViolations(page);
  await agreements(page).screenshot({ path: testInfo.outputPath("agreements.png") });
  // The next meeting has its own word: never "afspraak".
  await expect(page.getByRole("button", { name: "Vervolggesprek opslaan" })).toBeVisible();

  // The next conversation with this family opens with it, to look back on together.
  await page.goto("/gezinnen");
  await page.getByRole("link", { name: `Open ${label}` }).click();
  await startPraatplaatConversation(page);
  const carried = earlier(page).getByRole("listitem").filter({ hasText: "Elke donderdag even bellen" });
  await expect(carried).toContainText("Gedaan · gedaan op");
  await expect(earlier(page).getByText("Kijk samen terug op elke afspraak")).toBeVisible();
  await carried.getByRole("button", { name: "Niet gedaan" }).click();
  await expect(carried).toContainText("Samen teruggekeken: Niet gedaan");
  await expect(carried.getByRole("button", { name: "Niet gedaan" })).toHaveAttribute("aria-pressed", "true");
  await carried.getByRole("button", { name: "Gedaan", exact: true }).click();
  await expect(carried).toContainText("Samen teruggekeken: Gedaan");
  await expectNoAxeViolations(page);
  await earlier(page).screenshot({ path: testInfo.outputPath("earlier-agreements.png") });
  await page.screenshot({ path: testInfo.outputPath("next-conversation.png"), fullPage: true });
});
