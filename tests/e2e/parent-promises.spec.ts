import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, professionalWithFamily, startPraatplaatConversation } from "./helpers";
import { joinOnPhone } from "./rating-helpers";

// What the parent's phone promises, tried as a parent: the consent text names the real
// threshold, "no" changes nothing, and an early reveal shows on the phone at once.
test("the phone keeps its promises when the professional looks at the answers early", async ({ page, browser }, testInfo) => {
  // One viewport is enough: the phone is its own context at phone size.
  test.skip(testInfo.project.name !== "tablet-landscape", "runs once");
  await professionalWithFamily(page);
  await startPraatplaatConversation(page);
  const { phoneContext, phone } = await joinOnPhone(page, browser, testInfo);

  // The demo organisation's threshold is 5: the consent question says so, in those words.
  await expect(phone.getByText("Het team ziet alleen getallen over minstens 5 gezinnen samen.")).toBeVisible();
  // The promise about an early look stands on this first screen, above the question.
  await expect(phone.getByText("Soms bekijkt de professional de antwoorden eerder. Dan zie je dat hier meteen.")).toBeVisible();
  await phone.getByRole("button", { name: "Nee, liever niet" }).click();
  const parent = phone.getByRole("region", { name: "Ouder" });
  await parent.getByText("Klopt", { exact: true }).click();
  await expect(phone.getByRole("status").filter({ hasText: /^✓Opgeslagen$/ })).toBeVisible();

  // The professional does not wait for the parent.
  await expect(page.getByText("Ouder: 1 van 3 beantwoord")).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "Nu al de antwoorden bekijken" }).click();
  await expect(page.getByText("Let op: de antwoorden zijn bekeken voordat iedereen klaar was.")).toBeVisible();

  // The parent sees it without doing anything.
  const notice = phone.getByRole("alert").filter({ hasText: "De professional heeft de antwoorden al bekeken, voordat jij klaar was." });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(parent).toHaveCount(0);
  await expectNoAxeViolations(phone);
  await phone.screenshot({ path: testInfo.outputPath("phone-revealed-early.png"), fullPage: true });

  // Their one answer is in the summary they take home.
  await notice.getByRole("button", { name: "Naar de samenvatting" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Samenvatting van ons gesprek" })).toBeVisible();
  await expect(phone.getByText("4 · Klopt").first()).toBeVisible();
  await phoneContext.close();
});
