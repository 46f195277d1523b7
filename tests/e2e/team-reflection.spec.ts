import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, expectNoAxeViolations, signIn, signOut, unique } from "./helpers";

// The praatplaat as the team's own tool (issue 14, item 9): the team lead opens a round, five
// colleagues each rate alone, the spread appears once the threshold (5) is met, beside the
// parents' view from the dashboard, and the team records an agreement.

const TEAM = "Peuteropvang De Boomhut";
const NEW_PASSWORD = "een-goed-wachtwoord";
/** Fifteen statements: the praatplaat's ten themes and the five partnerships. */
const STATEMENTS = 15;
const ANSWERS = ["Klopt helemaal niet", "Klopt niet zo", "Klopt een beetje", "Klopt", "Klopt helemaal"];

/** The admin invites three professionals into the team; each chooses a password. Their addresses. */
async function threeNewColleagues(page: Page): Promise<string[]> {
  await signIn(page, "beheerder@demo.samenspraak.nl");
  await page.goto("/beheer");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Collega uitnodigen" }) });
  const links: string[] = [];
  const emails: string[] = [];
  for (let index = 0; index < 3; index++) {
    const email = `${unique("team")}@demo.samenspraak.nl`;
    await form.getByLabel("Naam", { exact: true }).fill(unique("Collega"));
    await form.getByLabel("E-mailadres").fill(email);
    await form.getByRole("radio", { name: "Professional" }).check();
    await form.getByRole("checkbox", { name: TEAM }).check();
    await form.getByRole("button", { name: "Collega uitnodigen" }).click();
    const link = form.getByLabel("Link om een wachtwoord te kiezen");
    if (links.length) await expect(link).not.toHaveValue(links[links.length - 1]);
    links.push(await link.inputValue());
    emails.push(email);
  }
  await signOut(page);
  for (const link of links) {
    await page.goto(new URL(link).pathname + new URL(link).search);
    await page.getByLabel("Nieuw wachtwoord").fill(NEW_PASSWORD);
    await page.getByLabel("Typ het wachtwoord nog een keer").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.getByText("Je wachtwoord is opgeslagen.")).toBeVisible();
  }
  return emails;
}

/** Signs in, rates every statement alone (answer `answerOf(index)`), presses Klaar, and lands on the round. */
async function rateAlone(page: Page, email: string, password: string, answerOf: (index: number) => string, screenshot?: string) {
  await signIn(page, email, password);
  await page.goto("/reflectie");
  const team = page.getByRole("region", { name: TEAM });
  await team.getByRole("link", { name: "Vul alleen in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Teamronde ${TEAM}: vul alleen in` })).toBeVisible();
  for (let index = 0; index < STATEMENTS; index++) {
    await expect(page.getByText(`Uitspraak ${index + 1} van ${STATEMENTS}`, { exact: false }).first()).toBeVisible();
    await page.getByText(answerOf(index), { exact: true }).click();
    await expect(page.getByRole("radio", { name: answerOf(index), exact: true })).toBeChecked();
    if (index === 0 && screenshot) {
      await expect(page.getByRole("status").filter({ hasText: "Opgeslagen" })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: screenshot, fullPage: true });
    }
    await page.getByRole("button", { name: index < STATEMENTS - 1 ? "Volgende" : "Klaar" }).click();
  }
  await expect(page.getByText("Jij bent klaar. Dank je wel!")).toBeVisible();
}

test("a team lead opens a round, five colleagues rate alone, the spread appears at the threshold and the team agrees what to do", async ({ page }, testInfo) => {
  test.setTimeout(420_000);
  const colleagues = await threeNewColleagues(page);

  // The team lead opens the round (closing one an earlier project's run may have left open).
  await signIn(page, "teamleider@demo.samenspraak.nl");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Reflectie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reflectie" })).toBeVisible();
  const team = page.getByRole("region", { name: TEAM });
  if (await team.getByRole("link", { name: "Bekijk de teamronde" }).isVisible()) {
    await team.getByRole("link", { name: "Bekijk de teamronde" }).click();
    await page.getByRole("button", { name: "Sluit de teamronde" }).click();
    await expect(page.getByText("De teamronde is gesloten.", { exact: false }).first()).toBeVisible();
    await page.goto("/reflectie");
  }
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("reflection-home.png"), fullPage: true });
  await team.getByRole("button", { name: "Open een teamronde" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Teamronde ${TEAM}` })).toBeVisible();
  await expect(page.getByText("De verdeling verschijnt als minstens 5 collega's klaar zijn. Er zijn nog 5 collega's nodig.")).toBeVisible();
  await signOut(page);

  // Each rates alone. The team lead is one of the five.
  await rateAlone(page, "teamleider@demo.samenspraak.nl", DEMO_PASSWORD, (index) => ANSWERS[index % 2 ? 3 : 4], testInfo.outputPath("rate-alone.png"));
  await expectNoAxeViolations(page);
  await signOut(page);
  await rateAlone(page, "professional@demo.samenspraak.nl", DEMO_PASSWORD, () => "Klopt een beetje");
  await signOut(page);
  await rateAlone(page, colleagues[0], NEW_PASSWORD, (index) => (index === 0 ? "Weet ik niet / past niet" : "Klopt"));
  await signOut(page);
  await rateAlone(page, colleagues[1], NEW_PASSWORD, (index) => ANSWERS[index % 5]);
  // Four are done: still hidden, and the page says kindly how many more, never who.
  await expect(page.getByText("4 van de", { exact: false })).toBeVisible();
  await expect(page.getByText("Er is nog 1 collega nodig.", { exact: false })).toBeVisible();
  await expect(page.getByRole("list", { name: "Verdeling van het team" })).toHaveCount(0);
  await expect(page.getByText("Nog verborgen: er zijn nog niet genoeg collega's klaar.").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("team-reflection-hidden.png"), fullPage: true });
  await signOut(page);

  // The fifth: the spread appears, beside the parents' view.
  await rateAlone(page, colleagues[2], NEW_PASSWORD, (index) => (index < 10 ? "Klopt niet zo" : "Klopt helemaal"));
  await expect(page.getByText("De verdeling gaat over de antwoorden van 5 collega's.")).toBeVisible();
  const spreads = page.getByRole("list", { name: "Verdeling van het team" });
  await expect(spreads).toHaveCount(STATEMENTS);
  // The first theme: the five answers, in words for every point.
  const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 4, name: "Denk vanuit het kind" }) });
  await expect(first.getByText("Klopt helemaal niet: 1 collega")).toBeAttached();
  await expect(first.getByText("Klopt niet zo: 1 collega")).toBeAttached();
  await expect(first.getByText("Klopt een beetje: 1 collega")).toBeAttached();
  await expect(first.getByText("Klopt helemaal: 1 collega")).toBeAttached();
  await expect(first.getByText("Weet ik niet / past niet: 1 collega")).toBeAttached();
  await expect(first.getByText("Jij koos: Klopt niet zo")).toBeVisible();
  // The praatplaat is not used in the demo's conversations; the partnerships are, by six families.
  await expect(first.getByText("Nog te weinig gezinnen.")).toBeVisible();
  const pedagogical = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 4, name: "Pedagogisch partnerschap" }) });
  await expect(pedagogical.getByText(/gemiddeld, van minstens \d+ gezinnen/)).toBeVisible();

  // The team writes down what it will do.
  await page.getByLabel("Wat spreken jullie af?").fill("Elke teamvergadering bespreken we één thema van de praatplaat");
  await page.getByLabel("Wie doet het?").fill("iedereen");
  await page.getByRole("button", { name: "Afspraak toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De afspraak is toegevoegd." })).toBeVisible();
  await expect(page.getByText("Elke teamvergadering bespreken we één thema van de praatplaat", { exact: true })).toBeVisible();
  await expect(page.getByText("Wie: iedereen")).toBeVisible();
  await page.getByRole("button", { name: "Markeer als gedaan: Elke teamvergadering bespreken we één thema van de praatplaat" }).click();
  await expect(page.getByText("✓ Gedaan")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("team-reflection.png"), fullPage: true });
  await signOut(page);

  // The team lead closes the round: nobody rates any more; what the team sees stays.
  await signIn(page, "teamleider@demo.samenspraak.nl");
  await page.goto("/reflectie");
  await page.getByRole("region", { name: TEAM }).getByRole("link", { name: "Bekijk de teamronde" }).click();
  await page.getByRole("button", { name: "Sluit de teamronde" }).click();
  await expect(page.getByText("De teamronde is gesloten.", { exact: false }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole("list", { name: "Verdeling van het team" })).toHaveCount(STATEMENTS);
  await expect(page.getByRole("link", { name: "Vul alleen in" })).toHaveCount(0);
});
