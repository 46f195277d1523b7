import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, professionalWithFamily } from "./helpers";
import { messagesIn } from "./messages";
import { joinOnPhone } from "./rating-helpers";

// The rating screen as the two people at the table meet it, at 1024×768, 768×1024 and 390×844:
// one statement per screen with nothing to scroll, a screen that moves on by itself (and a
// switch to stop that), "Opgeslagen" only after a save, the status in sight while offline, a
// reload that goes on where each side left off, and two halves that are each other's equal.

const ar = messagesIn("ar");
const shots = process.env.RATING_SHOTS_DIR;

/** Starts a conversation about one instrument (the 12 questions: the most statements), in this parent language. */
async function startConversationAbout(page: Page, parentLanguage = "nl", instrument = "De 12 vragen van ouders") {
  await page.getByRole("link", { name: "Nieuw gesprek" }).click();
  if (instrument !== "De 12 vragen van ouders") {
    await page.getByRole("checkbox", { name: instrument }).check();
    await page.getByRole("checkbox", { name: "De 12 vragen van ouders" }).uncheck();
  }
  await page.getByLabel("In welke taal leest de ouder de uitspraken?").selectOption(parentLanguage);
  // To the conversation page first (the default hands the tablet over at once): the tests hand over, or join by phone.
  await page.getByRole("radio", { name: "Ieder op een eigen scherm" }).check();
  await page.getByRole("button", { name: "Gesprek starten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Gesprek met/ })).toBeVisible();
}

/** Everything needed to answer and go on lies inside the viewport, without scrolling. */
async function expectAnswerableWithoutScrolling(page: Page, half: Locator) {
  const viewport = page.viewportSize()!;
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  for (const part of [half.locator("fieldset"), half.getByRole("navigation")]) {
    const box = (await part.boundingBox())!;
    expect(box.y, "starts inside the viewport").toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, "ends inside the viewport").toBeLessThanOrEqual(viewport.height);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  }
}

/** Every button and answer of a parent's half is at least 44 px in both directions. */
async function expectLargeTargets(half: Locator) {
  const targets = half.locator("button, label:has(input[type=radio]), summary");
  for (const box of await targets.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  }
}

const fontSize = (locator: Locator) => locator.evaluate((node) => getComputedStyle(node).fontSize);

/** The two halves: same place, same size, the cover button in the same place in each, the same type and controls. */
async function expectEqualHalves(page: Page, parent: Locator, professional: Locator, parentCover: string) {
  const [one, other] = [(await parent.boundingBox())!, (await professional.boundingBox())!];
  expect(Math.abs(one.width - other.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(one.height - other.height)).toBeLessThanOrEqual(1);
  expect(Math.abs(one.y - other.y)).toBeLessThanOrEqual(1);
  const [coverOne, coverOther] = [(await parent.getByRole("button", { name: parentCover }).boundingBox())!, (await professional.getByRole("button", { name: "Bedek mijn antwoorden" }).boundingBox())!];
  expect(Math.abs(coverOne.y - one.y - (coverOther.y - other.y)), "the cover buttons sit at the same height").toBeLessThanOrEqual(1);
  expect(Math.abs(coverOne.height - coverOther.height)).toBeLessThanOrEqual(1);
  const [titleOne, titleOther] = [(await parent.getByRole("heading", { level: 2 }).boundingBox())!, (await professional.getByRole("heading", { level: 2 }).boundingBox())!];
  expect(Math.abs(titleOne.y - titleOther.y)).toBeLessThanOrEqual(1);
  if (page.viewportSize()!.width > page.viewportSize()!.height) {
    // Side by side on a tablet on its side: the cover button beside the title, in both halves.
    expect(coverOther.y).toBeLessThan(titleOther.y + titleOther.height);
    expect(coverOne.y).toBeLessThan(titleOne.y + titleOne.height);
  }
  expect(await fontSize(parent.locator("legend span").first())).toBe(await fontSize(professional.locator("legend span").first()));
  expect(await fontSize(parent.getByRole("heading", { level: 2 }))).toBe(await fontSize(professional.getByRole("heading", { level: 2 })));
  const [nextOne, nextOther] = [(await parent.getByRole("navigation").getByRole("button").last().boundingBox())!, (await professional.getByRole("navigation").getByRole("button").last().boundingBox())!];
  expect(Math.abs(nextOne.height - nextOther.height)).toBeLessThanOrEqual(1);
  expect(Math.abs(nextOne.width - nextOther.width)).toBeLessThanOrEqual(1);
  // Each half has its own switch for moving on, the same size, under its buttons.
  const [toggleOne, toggleOther] = [(await parent.getByRole("switch").boundingBox())!, (await professional.getByRole("switch").boundingBox())!];
  expect(Math.abs(toggleOne.height - toggleOther.height)).toBeLessThanOrEqual(1);
  expect(toggleOne.y).toBeGreaterThan(nextOne.y + nextOne.height);
  expect(toggleOther.y).toBeGreaterThan(nextOther.y + nextOther.height);
}

/** Holds the next saves (server actions) until released, to see what the screen says meanwhile. */
async function holdSaves(page: Page, url: RegExp) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) await released;
    await route.fallback();
  });
  return async () => {
    release();
    await page.unroute(url);
  };
}

const savedIn = (half: Locator) => half.getByRole("status").filter({ hasText: /^✓Opgeslagen$/ });

test("on the shared tablet: both halves fit, move on by themselves, say saved only when saved, and pick up after a reload", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "two halves side by side: the tablet sizes");
  await professionalWithFamily(page);
  await startConversationAbout(page);
  await page.getByRole("button", { name: "Geef de tablet aan de ouder" }).click();
  await page.getByRole("button", { name: "Ja, dat mag" }).click();
  const parent = page.getByRole("region", { name: "Ouder" });
  const professional = page.getByRole("region", { name: "Professional" });
  await expect(parent.getByText("Uitspraak 1 van 12")).toBeVisible();

  // Nothing is answered yet, so nothing says it is saved.
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen" })).toHaveCount(0);
  if (shots) await page.screenshot({ path: path.join(shots, `tablet-${testInfo.project.name}.png`) });
  await expectAnswerableWithoutScrolling(page, parent);
  await expectAnswerableWithoutScrolling(page, professional);
  await expectEqualHalves(page, parent, professional, "Bedek mijn antwoorden");
  await expectLargeTargets(parent);
  await expectNoAxeViolations(page);

  // The parent answers while the save is held: "Bezig met opslaan…", never "Opgeslagen" before the server has it.
  const releaseSaves = await holdSaves(page, /\/ouder\//);
  await parent.getByText("Klopt helemaal", { exact: true }).click();
  await expect(parent.getByRole("radio", { name: "Klopt helemaal", exact: true })).toBeChecked();
  await expect(parent.getByRole("status").filter({ hasText: "Bezig met opslaan…" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen" })).toHaveCount(0);
  // The parent's half moves on by itself; the professional's half stays where it is.
  await expect(parent.getByText("Uitspraak 2 van 12")).toBeVisible();
  await expect(professional.getByText("Uitspraak 1 van 12")).toBeVisible();
  await expectAnswerableWithoutScrolling(page, parent);
  await releaseSaves();
  await expect(savedIn(parent)).toBeVisible();
  // The professional has not rated anything: their half does not claim a save.
  await expect(professional.getByRole("status").filter({ hasText: "Opgeslagen" })).toHaveCount(0);

  // The professional answers; only their half moves on.
  await professional.getByText("Klopt", { exact: true }).click();
  await expect(professional.getByText("Uitspraak 2 van 12")).toBeVisible();
  await expect(savedIn(professional)).toBeVisible();
  await expect(parent.getByText("Uitspraak 2 van 12")).toBeVisible();

  // The parent turns moving on off, by touch, and checks it by keyboard: it stays on their statement.
  const autoAdvance = parent.getByRole("switch", { name: "Vanzelf verder" });
  await expect(autoAdvance).toHaveAttribute("aria-checked", "true");
  await autoAdvance.click();
  await expect(autoAdvance).toHaveAttribute("aria-checked", "false");
  await autoAdvance.focus();
  await page.keyboard.press("Space");
  await expect(autoAdvance).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("Space");
  await expect(autoAdvance).toHaveAttribute("aria-checked", "false");
  await parent.getByText("Klopt niet zo", { exact: true }).click();
  await expect(parent.getByRole("radio", { name: "Klopt niet zo", exact: true })).toBeChecked();
  await page.waitForTimeout(2_000);
  await expect(parent.getByText("Uitspraak 2 van 12")).toBeVisible();
  await expect(savedIn(parent)).toBeVisible();

  // A reload: each side goes on at its first unrated statement, and the switch stays off.
  await page.reload();
  await expect(parent.getByText("Uitspraak 3 van 12")).toBeVisible();
  await expect(professional.getByText("Uitspraak 2 van 12")).toBeVisible();
  await expect(parent.getByRole("switch", { name: "Vanzelf verder" })).toHaveAttribute("aria-checked", "false");
  await expect(professional.getByRole("switch", { name: "Vanzelf verder" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen" })).toHaveCount(0);
  await parent.getByRole("button", { name: "Vorige" }).click();
  await expect(parent.getByRole("radio", { name: "Klopt niet zo", exact: true })).toBeChecked();
  await expectEqualHalves(page, parent, professional, "Bedek mijn antwoorden");
});

test("on the shared tablet the Arabic half reads right to left, fits and is the Dutch half's equal", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "two halves side by side: the tablet sizes");
  await professionalWithFamily(page);
  await startConversationAbout(page, "ar");
  await page.getByRole("button", { name: "Geef de tablet aan de ouder" }).click();
  await page.getByRole("button", { name: ar("Conversation.consentYes") }).click();
  const parent = page.getByRole("region", { name: ar("Conversation.parent") });
  const professional = page.getByRole("region", { name: "Professional" });
  await expect(page.locator("[lang=ar][dir=rtl]").filter({ has: parent })).toHaveCount(1);
  await expect(professional.getByText("Uitspraak 1 van 12")).toBeVisible();
  if (shots) await page.screenshot({ path: path.join(shots, `tablet-arabic-${testInfo.project.name}.png`) });
  await expectAnswerableWithoutScrolling(page, parent);
  await expectAnswerableWithoutScrolling(page, professional);
  await expectEqualHalves(page, parent, professional, ar("Conversation.cover"));
  await expectLargeTargets(parent);
  // Moving on by itself, in Arabic too.
  await parent.getByText(ar("Conversation.scale.5"), { exact: true }).click();
  await expect(parent.getByText(ar("Conversation.progress").replace("{current}", "2").replace("{total}", "12"))).toBeVisible();
  await expect(parent.getByRole("switch", { name: ar("Conversation.autoAdvance") })).toHaveAttribute("aria-checked", "true");
  await expectAnswerableWithoutScrolling(page, parent);
  await expectNoAxeViolations(page);
});

test("on the shared tablet the longest statements of any language (the 5 partnerships in Ukrainian) fit, one by one", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "two halves side by side: the tablet sizes");
  const uk = messagesIn("uk");
  await professionalWithFamily(page);
  await startConversationAbout(page, "uk", "Het model van de 5 partnerschappen");
  await page.getByRole("button", { name: "Geef de tablet aan de ouder" }).click();
  await page.getByRole("button", { name: uk("Conversation.consentYes") }).click();
  const parent = page.getByRole("region", { name: uk("Conversation.parent") });
  const professional = page.getByRole("region", { name: "Professional" });
  for (let statement = 1; statement <= 5; statement++) {
    await expect(parent.getByText(uk("Conversation.progress").replace("{current}", String(statement)).replace("{total}", "5"))).toBeVisible();
    await expect(professional.getByText(`Uitspraak ${statement} van 5`)).toBeVisible();
    if (shots) await page.screenshot({ path: path.join(shots, `tablet-ukrainian-${statement}-${testInfo.project.name}.png`) });
    await expectAnswerableWithoutScrolling(page, parent);
    await expectAnswerableWithoutScrolling(page, professional);
    await expectEqualHalves(page, parent, professional, uk("Conversation.cover"));
    if (statement === 5) break;
    // Each half moves on by itself after its answer.
    await parent.getByText(uk("Conversation.scale.4"), { exact: true }).click();
    await professional.getByText("Klopt", { exact: true }).click();
  }
});

test("on the parent's phone: it fits, the offline status stays in sight, a retry saves, and a reload goes on; the professional's own screen too", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the parent's phone");
  await professionalWithFamily(page);
  await startConversationAbout(page);
  const { phoneContext, phone } = await joinOnPhone(page, browser, testInfo);
  // What the phone promises stands above the consent question, the first screen.
  await expect(phone.getByText("De professional ziet je antwoorden als jullie allebei klaar zijn.", { exact: false })).toBeVisible();
  await phone.getByRole("button", { name: "Ja, dat mag" }).click();
  const parent = phone.getByRole("region", { name: "Ouder" });
  await expect(parent.getByText("Uitspraak 1 van 12")).toBeVisible();
  await expect(phone.getByRole("status").filter({ hasText: "Opgeslagen" })).toHaveCount(0);
  if (shots) await phone.screenshot({ path: path.join(shots, "phone.png") });
  await expectAnswerableWithoutScrolling(phone, parent);
  await expectLargeTargets(parent);
  await expectNoAxeViolations(phone);

  await parent.getByText("Klopt", { exact: true }).click();
  await expect(savedIn(parent)).toBeVisible();
  await expect(parent.getByText("Uitspraak 2 van 12")).toBeVisible();
  await expectAnswerableWithoutScrolling(phone, parent);

  // Offline: the status says so, stays in sight when the page scrolls, and covers no button.
  await phoneContext.setOffline(true);
  await parent.getByText("Klopt een beetje", { exact: true }).click();
  const offline = parent.getByRole("status").filter({ hasText: "Geen internet" });
  await expect(offline).toBeVisible();
  await expect(parent.getByText("Uitspraak 3 van 12")).toBeVisible();
  await parent.getByText("Wil je iets uitleggen? (niet verplicht)").click();
  await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await phone.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const status = (await offline.boundingBox())!;
  expect(status.y).toBeGreaterThanOrEqual(0);
  expect(status.y + status.height).toBeLessThanOrEqual(844);
  const next = (await parent.getByRole("button", { name: "Volgende" }).boundingBox())!;
  expect(next.y >= status.y + status.height || next.y + next.height <= status.y, "the status does not cover Volgende").toBe(true);
  if (shots) await phone.screenshot({ path: path.join(shots, "phone-offline.png") });

  // The server cannot be reached (the phone is online again, its requests fail): "Probeer
  // opnieuw" then sends the waiting rating at once, and only its success says "Opgeslagen".
  await phone.route(/\/doe-mee\//, (route) => (route.request().headers()["next-action"] ? route.abort() : route.fallback()));
  await phoneContext.setOffline(false);
  await expect(offline).toBeVisible();
  await expect(savedIn(parent)).toHaveCount(0);
  await phone.unroute(/\/doe-mee\//);
  await parent.getByRole("button", { name: "Probeer opnieuw" }).click();
  await expect(savedIn(parent)).toBeVisible();

  // A reload goes on at the first statement without a rating.
  await phone.reload();
  await expect(parent.getByText("Uitspraak 3 van 12")).toBeVisible();
  await expectAnswerableWithoutScrolling(phone, parent);
  await phoneContext.close();

  // The professional's own screen goes on where they left off too.
  await page.getByRole("link", { name: "Vul zelf in" }).click();
  const professional = page.getByRole("region", { name: "Professional" });
  await professional.getByText("Klopt helemaal", { exact: true }).click();
  await expect(professional.getByText("Uitspraak 2 van 12")).toBeVisible();
  await expect(savedIn(professional)).toBeVisible();
  await page.reload();
  await expect(professional.getByText("Uitspraak 2 van 12")).toBeVisible();
});
