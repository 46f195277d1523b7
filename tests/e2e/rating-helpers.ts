import { expect, type Browser, type Locator, type Page, type TestInfo } from "@playwright/test";

/** The texts of one half: Dutch unless the parent's half is in another language. */
export interface HalfTexts {
  progress: (current: number, total: number) => string;
  done: string;
}

const dutch: HalfTexts = { progress: (current, total) => `Uitspraak ${current} van ${total}`, done: "Klaar" };

/**
 * Rates statement after statement in one half, as a person does with the screen moving on by
 * itself: choose, see the choice, wait for the next statement; on the last one press "Klaar" and
 * wait until it has gone (the half says thank you, or the screen moves on). Tapping on at once
 * raced the half shrinking under the finger: in a full run the next click landed where a link had
 * just been.
 */
export async function rateInTurn(half: Locator, choices: string[], texts: HalfTexts = dutch) {
  for (const [index, choice] of choices.entries()) {
    await half.getByText(choice, { exact: true }).click();
    await expect(half.getByRole("radio", { name: choice, exact: true })).toBeChecked();
    if (index < choices.length - 1) await expect(half.getByText(texts.progress(index + 2, choices.length), { exact: true })).toBeVisible();
    else {
      await half.getByRole("button", { name: texts.done, exact: true }).click();
      await expect(half.getByRole("button", { name: texts.done, exact: true })).toHaveCount(0);
    }
  }
}

/** From the conversation's hub: makes a join code and joins with it on a phone of its own (390×844). */
export async function joinOnPhone(page: Page, browser: Browser, testInfo: TestInfo) {
  await page.getByRole("button", { name: "Maak een code" }).click();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  const phoneContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await phoneContext.newPage();
  await phone.goto("/doe-mee");
  await phone.getByLabel("Code").fill(code);
  await phone.getByRole("button", { name: "Doe mee" }).click();
  return { phoneContext, phone };
}
