import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, unique } from "./helpers";

/** A file as Dutch Excel saves CSV: semicolons, byte-order mark, Windows line ends. */
const excelCsv = (name: string, rows: string[][]) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFF${rows.map((row) => row.join(";")).join("\r\n")}\r\n`),
});

test("the admin checks a school's CSV files, sees what is wrong per row, fixes it and imports it once", async ({ page }) => {
  const school = unique("School");
  const teams = [1, 2].map((number) => `${school} groep ${number}`);
  const email = (number: number) => `collega-${number}-${school.toLowerCase()}@school.nl`;
  await signIn(page, "beheerder@demo.samenspraak.nl");
  await page.goto("/beheer");
  await page.getByRole("link", { name: /Importeren uit CSV/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importeren uit CSV" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Voorbeeldbestand gezinnen" })).toHaveAttribute("href", "/api/importeren/voorbeeld/gezinnen");

  const families = page.getByLabel("Gezinnen (CSV-bestand)");
  await families.setInputFiles(excelCsv("gezinnen.csv", [["label", "team"], ["Fam. A.", "Groep 99"]]));
  await page.getByRole("button", { name: "Controleren" }).click();
  const result = page.getByRole("region", { name: "Uitkomst van de controle" });
  await expect(result.getByText("Er is 1 probleem.", { exact: false })).toBeVisible();
  await expect(page.locator("#import-problems-families")).toHaveText("Regel 2: team ‘Groep 99’ bestaat niet in dit bestand of in de organisatie.");
  await expect(families).toHaveAttribute("aria-describedby", /import-problems-families/);
  await expect(page.getByRole("button", { name: "Importeren" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel("Teams (CSV-bestand)").setInputFiles(excelCsv("teams.csv", [["team"], ...teams.map((team) => [team])]));
  await page.getByLabel("Medewerkers (CSV-bestand)").setInputFiles(
    excelCsv("medewerkers.csv", [["naam", "e-mail", "rol", "team"], ["Collega Een", email(1), "professional", teams[0]], ["Collega Twee", email(2), "professional", teams[1]]]),
  );
  await families.setInputFiles(excelCsv("gezinnen.csv", [["label", "team", "taal", "professionals"], ["Fam. A.", teams[0], "nl", email(1)], ["Fam. B.", teams[1], "tr", email(2)]]));
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(result.getByText("Alles klopt.", { exact: false })).toBeVisible();
  await expect(result.getByRole("listitem").filter({ hasText: "Gezinnen: 2 nieuw, 0 aangepast, 0 stonden er al" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Importeren" }).click();
  const imported = page.getByRole("region", { name: "Uitkomst van de import" });
  await expect(imported.getByText("Klaar. Alles is opgeslagen.")).toBeVisible();
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(result.getByText("Alles uit deze bestanden staat er al.", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "Importeren" })).toHaveCount(0);

  await page.goto("/beheer/logboek?soort=DATA_IMPORTED");
  await expect(page.getByRole("cell", { name: "teams: 2 nieuw; medewerkers: 2 nieuw, 0 aangepast; gezinnen: 2 nieuw, 0 aangepast" }).first()).toBeVisible();
});
