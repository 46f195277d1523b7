import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

test("the demo team lead reads the team's results, filters them, and exports what the screen shows", async ({ page }, testInfo) => {
  await signIn(page, "teamleider@demo.samenspraak.nl");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Resultaten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Resultaten" })).toBeVisible();

  // Six demo families with revealed, consented conversations: above the threshold of 5.
  const gaps = page.getByRole("table", { name: "Grootste verschillen" });
  await expect(gaps.getByRole("row")).not.toHaveCount(1);
  const firstGap = gaps.getByRole("row").nth(1);
  const title = (await firstGap.getByRole("rowheader").textContent())!.trim();
  const parentAverage = (await firstGap.getByRole("cell").first().textContent())!.trim();
  expect(parentAverage).toMatch(/^\d\.\d$/);
  await expect(page.getByText("Gezinnen bereikt")).toBeVisible();
  // The charts draw the same figures: one bar per side per item.
  const gapChart = page.getByRole("img", { name: "Grootste verschillen" });
  await expect(gapChart.locator(".recharts-bar-rectangle")).toHaveCount((await gaps.getByRole("row").count() - 1) * 2);
  await expect(page.getByRole("img", { name: "Verloop per maand" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("dashboard.png"), fullPage: true });

  // The CSV holds exactly that figure for that item.
  const csvHref = await page.getByRole("link", { name: "Download als CSV" }).getAttribute("href");
  const csv = await (await page.request.get(csvHref!)).text();
  expect(csv.split("\r\n").some((line) => line.includes(title) && line.includes(`,${parentAverage},`))).toBe(true);

  // Few demo conversations are in the pre-phase: the figures give way to words.
  await page.getByRole("combobox", { name: "Fase", exact: true }).selectOption({ label: "Voortraject" });
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(/phase=pre/);
  await expect(page.getByText("te weinig gesprekken").first()).toBeVisible();
  const filteredCsv = await (await page.request.get((await page.getByRole("link", { name: "Download als CSV" }).getAttribute("href"))!)).text();
  expect(filteredCsv).toContain("te weinig gesprekken");
  expect(filteredCsv).not.toMatch(/,\d\.\d,/);
  await expectNoAxeViolations(page);
});

test("a professional has no results page", async ({ page }) => {
  await signIn(page, "leerkracht@demo.samenspraak.nl");
  await expect(page.getByRole("link", { name: "Resultaten" })).toHaveCount(0);
  const response = await page.goto("/resultaten");
  expect(response?.status()).toBe(404);
});
