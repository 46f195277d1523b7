import { expect, test, type Locator, type Page } from "@playwright/test";
import { E2E_PIN, expectNoAxeViolations, professionalWithFamily } from "./helpers";

// After the reveal of the 12 questions: one compact overview of every item (both ratings, the gap
// in words, the shared strengths), the prompts once, the agreements one tap away; and a summary
// that starts with what was agreed and when they meet again.

const SCALE = ["Klopt helemaal niet", "Klopt niet zo", "Klopt een beetje", "Klopt", "Klopt helemaal"];
// Per question, in order: three far apart (1-4, 2-4, 3-5), four close, five the same.
const PARENT = [5, 2, 4, 3, 5, 1, 4, 4, 3, 5, 2, 4];
const PROFESSIONAL = [5, 4, 5, 3, 4, 4, 4, 5, 5, 5, 3, 4];

/** Rates every item on one half; moves on with "Volgende" unless the screen already moved by itself. */
async function rateAll(panel: Locator, values: number[]) {
  const total = values.length;
  for (const [index, value] of values.entries()) {
    await expect(panel.getByText(`Uitspraak ${index + 1} van ${total}`)).toBeVisible();
    await panel.getByText(SCALE[value - 1], { exact: true }).click();
    if (index === total - 1) break;
    const moved = await panel
      .getByText(`Uitspraak ${index + 2} van ${total}`)
      .waitFor({ timeout: 1_500 })
      .then(() => true, () => false);
    if (!moved) await panel.getByRole("button", { name: "Volgende" }).click();
  }
  await panel.getByRole("button", { name: "Klaar" }).click();
}

async function revealTwelveQuestions(page: Page) {
  await professionalWithFamily(page);
  await page.getByRole("link", { name: "Nieuw gesprek" }).click();
  // "Samen op deze tablet" is the default: starting hands the tablet to the parent at once.
  await page.getByRole("radio", { name: "Samen op deze tablet" }).check();
  await page.getByRole("button", { name: "Gesprek starten" }).click();
  await page.getByRole("button", { name: "Ja, dat mag" }).click();
  await rateAll(page.getByRole("region", { name: "Ouder" }), PARENT);
  await rateAll(page.getByRole("region", { name: "Professional" }), PROFESSIONAL);
  await expect(page.getByText("Jullie zijn allebei klaar. Geef de tablet terug aan de professional.")).toBeVisible();
  await page.getByRole("link", { name: "Ouder-modus verlaten" }).click();
  await page.getByLabel("Pincode van de professional").fill(E2E_PIN);
  await page.getByRole("button", { name: "Verlaten" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "De antwoorden naast elkaar" })).toBeVisible();
}

const top = async (locator: Locator) => (await locator.boundingBox())!.y;

test("the reveal opens on one overview of all twelve questions, and the summary starts with what was agreed", async ({ page }, testInfo) => {
  // Twenty-four ratings before the reveal: twice the suite's usual time.
  test.setTimeout(180_000);
  const size = testInfo.project.name;
  await revealTwelveQuestions(page);
  const rows = page.getByRole("list", { name: "De antwoorden naast elkaar" }).locator(":scope > li");
  await expect(rows).toHaveCount(12);

  // Both ratings per item, the parent's and the professional's, with equal room.
  for (let index = 0; index < 12; index++) await expect(rows.nth(index)).toContainText(/Ouder.*[1-5] · Klopt.*Professional.*[1-5] · Klopt/);
  // Biggest gap first: question 6, rated 1 by the parent and 4 by the professional.
  await expect(rows.first()).toContainText("1 · Klopt helemaal niet");
  await expect(rows.first()).toContainText("4 · Klopt");
  await expect(rows.first()).toContainText("Jullie zien dit anders");
  // The gap in words (an icon beside each): never colour alone.
  await expect(rows.filter({ hasText: "Jullie zien dit anders" })).toHaveCount(3);
  await expect(rows.filter({ hasText: "Bijna hetzelfde" })).toHaveCount(4);
  await expect(page.getByText("Hetzelfde", { exact: true })).toHaveCount(5);
  // Shared strengths: both 4 or 5, called out above the list and on their rows.
  await expect(page.getByText("Hier zijn jullie samen sterk:")).toBeVisible();
  await expect(rows.filter({ hasText: "Samen sterk" })).toHaveCount(7);

  // The conversation prompts once, for the whole talk.
  const prompts = page.getByRole("region", { name: "Praat erover" });
  await expect(prompts.getByText("Hoe zit dat bij ons?")).toBeVisible();
  await expect(page.getByText("Hoe zit dat bij ons?")).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Praat erover" })).toHaveCount(1);

  // The whole overview fits in under two screens: it was ten.
  const viewport = page.viewportSize()!;
  const list = (await page.getByRole("list", { name: "De antwoorden naast elkaar" }).boundingBox())!;
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  testInfo.annotations.push({ type: "reveal size", description: `${size}: overview ${Math.round(list.height)} px, page ${pageHeight} px at ${viewport.width}×${viewport.height}` });
  console.log(`reveal ${size}: overview ${Math.round(list.height)} px, page ${pageHeight} px`);
  // Tablets: under two screens; a phone, narrower, under two and a half (before, the agreements started 7 screens down on a tablet, 12 on a phone).
  expect(list.height).toBeLessThan(viewport.height * (size === "phone" ? 2.5 : 2));
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("reveal-first-screen.png") });
  await rows.first().evaluate((row) => row.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: testInfo.outputPath("reveal-overview-rows.png") });
  await page.screenshot({ path: testInfo.outputPath("reveal-overview.png"), fullPage: true });

  // A row opens to its detail: both statements, the prompts, and a labelled note the parent will see.
  await rows.first().locator("summary").click();
  await expect(rows.first().getByText("De professional", { exact: false }).first()).toBeVisible();
  await expect(rows.first().getByRole("link", { name: "Naar de vragen om over te praten" })).toBeVisible();
  const note = rows.first().getByRole("textbox", { name: /^Notitie/ });
  await expect(rows.first().locator("label").filter({ hasText: /^Notitie/ })).toBeVisible();
  await expect(note).toHaveAccessibleDescription(/De ouder ziet deze notitie in de samenvatting\./);
  await note.fill("We bellen na elk uitje even");
  await note.blur();
  await expect(rows.first().getByText("Opgeslagen")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("reveal-detail.png") });

  // The agreements are one tap away from the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole("link", { name: "Naar de afspraken" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Afspraken" })).toBeInViewport();
  await page.getByLabel("Wat spreken jullie af?").fill("Na elk uitje even bellen");
  await page.getByRole("button", { name: "Afspraak toevoegen" }).click();
  await expect(page.getByText("Na elk uitje even bellen")).toBeVisible();
  await page.getByLabel("Datum", { exact: true }).fill("2027-02-02");
  await page.getByLabel("Tijd", { exact: true }).fill("09:15");
  await page.getByRole("button", { name: /^(Volgend gesprek|Vervolggesprek) opslaan$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /gesprek is opgeslagen/ })).toBeVisible();

  // The summary: first the agreements and the next meeting, then the overview; no prompts.
  await page.getByRole("link", { name: "Samenvatting om mee te nemen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Samenvatting van ons gesprek" })).toBeVisible();
  const agreements = page.getByRole("heading", { level: 2, name: "Afspraken" });
  const appointment = page.getByRole("region").filter({ hasText: /2 februari 2027 om 09:15/ }).getByRole("heading", { level: 2 });
  const overview = page.getByRole("heading", { level: 2, name: "Zo kijken we naar onze samenwerking" });
  expect(await top(agreements)).toBeLessThan(await top(appointment));
  expect(await top(appointment)).toBeLessThan(await top(overview));
  const summaryRows = page.getByRole("list", { name: "Zo kijken we naar onze samenwerking" }).locator(":scope > li");
  await expect(summaryRows).toHaveCount(12);
  await expect(summaryRows.first()).toContainText("Jullie zien dit anders");
  await expect(summaryRows.first()).toContainText("Notitie: We bellen na elk uitje even");
  await expect(page.getByText("Praat erover")).toHaveCount(0);
  await expect(page.getByText("Hoe zit dat bij ons?")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("summary.png"), fullPage: true });
});
