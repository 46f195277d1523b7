import { expect, test } from "@playwright/test";
import { alertOf, attemptSignIn, expectNoAxeViolations, signIn, signOut, unique } from "./helpers";

test.describe("Signing in", () => {
  test("a professional signs in, sees their start page, and signs out", async ({ page }, testInfo) => {
    await page.goto("/start");
    await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fstart/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath("sign-in.png"), fullPage: true });

    await signIn(page, "professional@demo.samenspraak.nl");
    await expect(page.getByRole("heading", { level: 1, name: "Welkom, Priya de Professional" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Gezinnen" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Beheer" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await signOut(page);
    await page.goto("/gezinnen");
    await expect(page).toHaveURL(/\/inloggen/);
  });

  test("a wrong password gets a kind message that does not say which part was wrong", async ({ page }) => {
    await attemptSignIn(page, "professional@demo.samenspraak.nl", "not-the-password");
    const message = alertOf(page);
    await expect(message).toHaveText("Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.");
    await attemptSignIn(page, "nobody-here@demo.samenspraak.nl", "not-the-password");
    await expect(message).toHaveText("Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.");
    await expect(page).toHaveURL(/\/inloggen/);
  });

  test("after five failures in a row the account must wait", async ({ page }) => {
    const email = `${unique("guess")}@demo.samenspraak.nl`;
    for (let attempt = 1; attempt <= 5; attempt++) {
      await attemptSignIn(page, email, `wrong-${attempt}`);
      await expect(alertOf(page)).toHaveText(/klopt niet/);
    }
    await attemptSignIn(page, email, "wrong-6");
    await expect(alertOf(page)).toHaveText(/te vaak een verkeerd wachtwoord geprobeerd\. Wacht 15 minuten/);
  });
});

test.describe("Organisation and families", () => {
  test("an admin creates a team and a professional, who then signs in and adds a family", async ({ page }, testInfo) => {
    const teamName = unique("Team");
    const email = `${unique("pm")}@demo.samenspraak.nl`;
    const name = unique("Noor");

    await signIn(page, "beheerder@demo.samenspraak.nl");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer", exact: true }).click();
    await page.getByLabel("Naam van het team").fill(teamName);
    await page.getByRole("button", { name: "Team toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Het team is toegevoegd." })).toBeVisible();

    const newUser = page.locator("form").filter({ has: page.getByRole("button", { name: "Collega uitnodigen" }) });
    await newUser.getByLabel("Naam", { exact: true }).fill(name);
    await newUser.getByLabel("E-mailadres").fill("geen-adres");
    await newUser.getByRole("radio", { name: "Professional" }).check();
    await newUser.getByRole("checkbox", { name: teamName }).check();
    await newUser.getByRole("button", { name: "Collega uitnodigen" }).click();
    await expect(newUser.getByText("Vul een geldig e-mailadres in")).toBeVisible();
    // What was typed survives the error.
    await expect(newUser.getByLabel("Naam", { exact: true })).toHaveValue(name);
    await newUser.getByLabel("E-mailadres").fill(email);
    await newUser.getByRole("button", { name: "Collega uitnodigen" }).click();
    // No mail server here: the admin gets the one-time link to pass on.
    const link = await newUser.getByLabel("Link om een wachtwoord te kiezen").inputValue();
    expect(link).toMatch(/\/wachtwoord\/instellen\?token=/);
    await expect(page.getByRole("rowheader", { name: new RegExp(name) })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath("admin.png"), fullPage: true });
    await signOut(page);

    await page.goto(new URL(link).pathname + new URL(link).search);
    await page.getByLabel("Nieuw wachtwoord").fill("een-goed-wachtwoord");
    await page.getByLabel("Typ het wachtwoord nog een keer").fill("een-goed-wachtwoord");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.getByText("Je wachtwoord is opgeslagen.")).toBeVisible();
    await signIn(page, email, "een-goed-wachtwoord");
    await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${name}` })).toBeVisible();
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Gezinnen" }).click();
    await expect(page.getByText("Er zijn nog geen gezinnen in je team.")).toBeVisible();
    await page.getByLabel("Schuilnaam").fill("Fam. Q.");
    await page.getByLabel("Taal van de ouders").selectOption("tr");
    await page.getByRole("button", { name: "Gezin toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gezin Fam. Q." })).toBeVisible();
    await expect(page.getByText(`${teamName} · Turks`)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath("family.png"), fullPage: true });
  });

  test("a professional cannot open another team's family by its URL", async ({ page }) => {
    await signIn(page, "professional@demo.samenspraak.nl");
    await page.goto("/gezinnen");
    await page.getByRole("link", { name: "Open Fam. A." }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gezin Fam. A." })).toBeVisible();
    const familyUrl = page.url();
    await signOut(page);

    await signIn(page, "leerkracht@demo.samenspraak.nl");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welkom");
    await page.goto(familyUrl);
    await expect(page.getByRole("heading", { level: 1, name: "Gezin niet gevonden" })).toBeVisible();
    await expect(page.getByText("Fam. A.")).toHaveCount(0);
    await page.goto("/gezinnen");
    await expect(page.getByRole("link", { name: "Open Fam. D." })).toBeVisible();
    await expect(page.getByRole("link", { name: "Open Fam. A." })).toHaveCount(0);
  });

  test("a team lead sees no families and no administration", async ({ page }) => {
    await signIn(page, "teamleider@demo.samenspraak.nl");
    await expect(page.getByRole("heading", { level: 1, name: "Welkom, Tamara Teamleider" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Gezinnen" })).toHaveCount(0);
    const families = await page.goto("/gezinnen");
    expect(families?.status()).toBe(404);
    const admin = await page.goto("/beheer");
    expect(admin?.status()).toBe(404);
  });

  test("a professional sets a PIN, confirmed by their password", async ({ page }) => {
    await signIn(page, "leerkracht@demo.samenspraak.nl");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Instellingen" }).click();
    // The demo user may have a PIN from an earlier project's run: either state is a start.
    await expect(page.getByText(/Je hebt (nog geen|een) pincode/)).toBeVisible();
    await page.getByLabel("Je wachtwoord").fill("samenspraak-demo");
    await page.getByLabel("Nieuwe pincode", { exact: true }).fill("12a");
    await page.getByLabel("Nieuwe pincode nog een keer").fill("12a");
    await page.getByRole("button", { name: "Pincode opslaan" }).click();
    await expect(page.getByText("Een pincode is 4, 5 of 6 cijfers.")).toBeVisible();
    await page.getByLabel("Nieuwe pincode", { exact: true }).fill("4821");
    await page.getByLabel("Nieuwe pincode nog een keer").fill("4821");
    await page.getByRole("button", { name: "Pincode opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Je pincode is opgeslagen." })).toBeVisible();
    await page.reload();
    await expect(page.getByText("Je hebt een pincode ingesteld.")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
