import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { parentMessageKeys } from "../../lib/i18n/parent-messages";
import { ar as arContent } from "../../prisma/content/ar";
import { nl as nlContent } from "../../prisma/content/nl";
import { E2E_PIN, expectNoAxeViolations, professionalWithFamily, startPraatplaatConversation } from "./helpers";
import { at, messagesOf } from "./messages";
import { rateInTurn } from "./rating-helpers";

// A parent who does not read Dutch joins on their phone, picks their language, rates every
// item and takes the summary home, with nothing left in Dutch; and on a shared tablet the
// parent's half reads right to left beside the professional's Dutch half.

const nlMessages = messagesOf("nl");
const ar = messagesOf("ar");
const languages = [
  { locale: "en", endonym: "English" },
  { locale: "tr", endonym: "Türkçe" },
  { locale: "ar", endonym: "العربية" },
  { locale: "pl", endonym: "Polski" },
  { locale: "uk", endonym: "Українська" },
].map((language) => ({ ...language, messages: messagesOf(language.locale) }));


/** Every Dutch sentence a parent could meet: interface texts and instrument content, in pieces between placeholders. */
const dutchTexts = (() => {
  const strings: string[] = parentMessageKeys.map((key) => at(nlMessages, key));
  const walk = (value: unknown): void => {
    if (typeof value === "string") strings.push(value);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(nlContent.items);
  walk(nlContent.prompts);
  // Two words or more and some length: single words ("Code") can be the same in two languages.
  return [...new Set(strings.flatMap((text) => text.split(/\{[^}]*\}/)).map((part) => part.trim()))].filter((part) => part.length >= 12 && part.includes(" "));
})();

async function dutchOn(page: Page) {
  const text = await page.locator("body").innerText();
  return dutchTexts.filter((dutch) => text.includes(dutch));
}

async function expectNoDutch(page: Page) {
  expect(await dutchOn(page)).toEqual([]);
}

/** Speech synthesis in the test only: records what was asked, with voices for nl, en and tr. */
async function stubSpeech(page: Page) {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    const voices = ["nl-NL", "en-GB", "tr-TR"].map((lang) => ({ lang, name: lang, localService: true, default: false }));
    Object.assign(window, {
      spoken,
      SpeechSynthesisUtterance: class {
        lang = "";
        voice = null;
        constructor(public text: string) {}
      },
    });
    Object.defineProperty(window, "speechSynthesis", {
      value: { getVoices: () => voices, speak: (utterance: { text: string; lang: string }) => spoken.push({ text: utterance.text, lang: utterance.lang }), cancel: () => {}, addEventListener: () => {}, removeEventListener: () => {} },
    });
  });
}

const lastSpoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken.at(-1));

async function phoneOf(browser: Browser, testInfo: TestInfo) {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  await stubSpeech(phone);
  return { context, phone };
}

for (const { locale, endonym, messages } of languages) {
  test(`a parent takes part in ${locale} on their own phone, from the code to the summary`, async ({ page, browser }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "the parent's phone, once per language");
    const t = (key: string) => at(messages, key);
    await professionalWithFamily(page);
    await startPraatplaatConversation(page);
    await page.getByRole("button", { name: "Maak een code" }).click();
    const code = (await page.getByTestId("join-code").textContent())!.trim();

    const { context, phone } = await phoneOf(browser, testInfo);
    await phone.goto("/doe-mee");
    // The check below can fail: on the Dutch join page it finds Dutch.
    expect(await dutchOn(phone)).toContain(at(nlMessages, "Conversation.joinText"));
    await phone.getByRole("button", { name: endonym }).click();
    await expect(phone.getByRole("heading", { level: 1, name: t("Conversation.joinTitle") })).toBeVisible();
    await expect(phone.locator("html")).toHaveAttribute("lang", locale);
    await expect(phone.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expectNoDutch(phone);
    await phone.getByLabel(t("Conversation.code")).fill(code);
    await phone.getByRole("button", { name: t("Conversation.join"), exact: true }).click();

    await expect(phone.getByRole("heading", { name: t("Conversation.consentTitle") })).toBeVisible();
    await expect(phone.getByText(t("Conversation.consentText").replace("{threshold}", "5"))).toBeVisible();
    // What happens to the answers, folded under the question, in the parent's language too.
    await phone.getByText(t("Parent.privacyTitle")).click();
    await expect(phone.getByText(t("Parent.privacy.erase"))).toBeVisible();
    await expectNoDutch(phone);
    await expectNoAxeViolations(phone);
    await phone.getByRole("button", { name: t("Conversation.consentYes") }).click();

    const parent = phone.getByRole("region", { name: t("Conversation.parent") });
    // In Turkish the parent stops the screen moving on by itself: they change language in the middle of a statement.
    if (locale === "tr") await parent.getByRole("switch", { name: t("Conversation.autoAdvance") }).click();
    for (let item = 1; item <= 3; item++) {
      await expect(parent.getByText(t("Conversation.progress").replace("{current}", String(item)).replace("{total}", "3"))).toBeVisible();
      if (item === 1) {
        await expectNoDutch(phone);
        await expectNoAxeViolations(phone);
        await phone.screenshot({ path: testInfo.outputPath(`phone-rating-${locale}.png`), fullPage: true });
        await readAloud(phone, locale, t);
      }
      await parent.getByText(t("Conversation.scale.4"), { exact: true }).click();
      if (item === 1 && locale === "tr") {
        // Switching language in the middle keeps the answer, and the statement follows the language.
        await parent.getByRole("button", { name: "English" }).click();
        const inEnglish = phone.getByRole("region", { name: at(messagesOf("en"), "Conversation.parent") });
        await expect(inEnglish.getByRole("radio", { name: at(messagesOf("en"), "Conversation.scale.4"), exact: true })).toBeChecked();
        await inEnglish.getByRole("button", { name: endonym }).click();
        await expect(parent.getByRole("radio", { name: t("Conversation.scale.4"), exact: true })).toBeChecked();
      }
      // Otherwise the screen moves on by itself, and the next round waits for the next statement.
      if (item === 3 || locale === "tr") await parent.getByRole("button", { name: t(item < 3 ? "Conversation.next" : "Conversation.done"), exact: true }).click();
    }
    await expect(parent.getByText(t("Conversation.sideFinished"))).toBeVisible();

    // The professional answers too; the phone moves on to the summary by itself.
    await page.getByRole("link", { name: "Vul zelf in" }).click();
    const professional = page.getByRole("region", { name: "Professional" });
    await rateInTurn(professional, ["Klopt helemaal", "Klopt", "Klopt helemaal"]);
    await expect(phone.getByRole("heading", { level: 1, name: t("Conversation.summaryTitle") })).toBeVisible({ timeout: 15_000 });
    // The parent's own answer, in their language, on the overview.
    await expect(phone.getByText(`4 · ${t("Conversation.scale.4")}`).first()).toBeVisible();
    await expectNoDutch(phone);
    await expectNoAxeViolations(phone);
    await phone.screenshot({ path: testInfo.outputPath(`phone-summary-${locale}.png`), fullPage: true });
    const pdf = await phone.request.get((await phone.getByRole("link", { name: t("Conversation.downloadPdf") }).getAttribute("href")) ?? "");
    expect(pdf.headers()["content-disposition"]).toContain(`samenvatting-${locale}.pdf`);
    // The summary leads with the agreements; the conversation prompts stay in the talk (read aloud
    // there in the parent's language, see the shared tablet below).
    await expect(phone.getByRole("heading", { level: 2, name: t("Conversation.agreementsTitle") })).toBeVisible();
    await expect(phone.getByText(t("Conversation.promptsTitle"))).toHaveCount(0);
    if (locale === "uk") {
      // The parent said yes to counting, and takes it back on their summary.
      await phone.getByRole("button", { name: t("Parent.withdraw") }).click();
      await expect(phone.getByRole("status").filter({ hasText: t("Parent.withdrawn") })).toBeVisible();
    }
    await context.close();
  });
}

/** Read-aloud speaks the statement in the parent's language; without a voice for it, it says so and offers Dutch. */
async function readAloud(phone: Page, locale: string, t: (key: string) => string) {
  const statementButton = phone.getByRole("button", { name: t("Parent.readStatement") });
  await statementButton.click();
  if (locale === "ar" || locale === "pl" || locale === "uk") {
    await expect(phone.getByRole("status").filter({ hasText: t("Parent.noVoice") })).toBeVisible();
    await phone.getByRole("button", { name: t("Parent.hearDutch") }).click();
    expect(await lastSpoken(phone)).toEqual({ text: nlContent.items.praatplaat["recognise-parents-expertise"].parentStatement, lang: "nl-NL" });
  } else {
    const spoken = await lastSpoken(phone);
    expect(spoken?.lang.startsWith(locale)).toBe(true);
    expect(spoken?.text).toBe(await phone.locator("fieldset legend span").first().textContent());
    // Every answer word has its own button, which the keyboard reaches too.
    await phone.getByRole("button", { name: t("Parent.readOption").replace("{option}", t("Conversation.scale.5")) }).press("Enter");
    await expect.poll(() => lastSpoken(phone)).toEqual({ text: t("Conversation.scale.5"), lang: spoken!.lang });
  }
}

test("on a shared tablet the parent's half reads Arabic, right to left, beside the professional's Dutch half", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "tablet-landscape", "the shared tablet, once");
  await professionalWithFamily(page);
  await page.getByRole("link", { name: "Nieuw gesprek" }).click();
  await page.getByLabel("In welke taal leest de ouder de uitspraken?").selectOption("ar");
  // "Samen op deze tablet" is the default: starting hands the tablet to the parent at once.
  await page.getByRole("button", { name: "Gesprek starten" }).click();
  await page.getByRole("button", { name: at(ar, "Conversation.consentYes") }).click();

  const parent = page.getByRole("region", { name: at(ar, "Conversation.parent") });
  const professional = page.getByRole("region", { name: "Professional" });
  await expect(page.locator("[lang=ar][dir=rtl]").filter({ has: parent })).toHaveCount(1);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(professional.getByText("Uitspraak 1 van 12")).toBeVisible();
  await parent.getByText(at(ar, "Conversation.scale.5"), { exact: true }).click();
  await expect(parent.getByRole("radio", { name: at(ar, "Conversation.scale.5"), exact: true })).toBeChecked();
  await professional.getByText("Klopt helemaal", { exact: true }).click();
  await expect(professional.getByRole("radio", { name: "Klopt helemaal", exact: true })).toBeChecked();
  // The parent's half is on the reading side of the page and no narrower than the professional's.
  const [parentBox, professionalBox] = [await parent.boundingBox(), await professional.boundingBox()];
  expect(parentBox!.x).toBeLessThan(professionalBox!.x);
  expect(parentBox!.width).toBeGreaterThanOrEqual(professionalBox!.width - 1);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("tablet-arabic-beside-dutch.png"), fullPage: true });

  // After the reveal the professional sees the parent's statement as the parent read it, in
  // Arabic and right to left, with the Dutch beside it.
  await page.getByRole("link", { name: "Ouder-modus verlaten" }).click();
  await page.getByLabel("Pincode van de professional").fill(E2E_PIN);
  await page.getByRole("button", { name: "Verlaten" }).click();
  await page.getByRole("button", { name: "Nu al de antwoorden bekijken" }).click();
  const overview = page.getByRole("list", { name: "De antwoorden naast elkaar" });
  await overview.locator(":scope > li").filter({ hasText: nlContent.items["twelve-questions"]["feel-important"].title }).locator("summary").click();
  const statement = arContent.items["twelve-questions"]["feel-important"].parentStatement;
  await expect(page.locator("[lang=ar][dir=rtl]", { hasText: statement })).toBeVisible();
  await expect(page.getByText(nlContent.items["twelve-questions"]["feel-important"].parentStatement)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("reveal-with-arabic-parent.png"), fullPage: true });

  // The parent beside them follows the reveal in Arabic: the answers switch language, the rest stays Dutch.
  await page.getByRole("navigation", { name: "Antwoorden tonen in" }).getByRole("link", { name: "العربية" }).click();
  const answers = page.locator("[lang=ar][dir=rtl]").filter({ has: overview });
  await expect(answers.getByText(at(ar, "Conversation.parent"), { exact: true }).first()).toBeVisible();
  await expect(answers.getByText(`5 · ${at(ar, "Conversation.scale.5")}`).first()).toBeVisible();
  await expect(answers.getByText(at(ar, "Conversation.gap.unknown")).first()).toBeVisible();
  // The prompts, once and in Arabic, each read aloud; without an Arabic voice the Dutch is offered.
  await stubSpeech(page);
  await page.reload();
  const prompts = answers.getByRole("region", { name: at(ar, "Conversation.promptsTitle") });
  await prompts.getByRole("button", { name: at(ar, "Parent.readText") }).first().click();
  await expect(prompts.getByRole("status").filter({ hasText: at(ar, "Parent.noVoice") })).toBeVisible();
  await prompts.getByRole("button", { name: at(ar, "Parent.hearDutch") }).first().click();
  expect(await lastSpoken(page)).toEqual({ text: Object.values(nlContent.prompts.praatplaat)[0], lang: "nl-NL" });
  await expect(page.getByRole("heading", { level: 2, name: "Afspraken" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("reveal-in-arabic.png"), fullPage: true });
});
