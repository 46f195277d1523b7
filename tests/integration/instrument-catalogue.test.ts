import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getInstrumentCatalogue } from "@/lib/data/instruments";
import { seedContent } from "@/prisma/seed/content";
import { resetDatabase } from "../support/reset-database";

beforeAll(async () => {
  await resetDatabase(db);
  await seedContent(db);
});

describe("getInstrumentCatalogue", () => {
  it("gives the Instrumenten page the instruments in Dutch, in order", async () => {
    const catalogue = await getInstrumentCatalogue("nl");
    expect(catalogue.instruments.map((instrument) => instrument.name)).toEqual([
      "De 12 vragen van ouders",
      "Praatplaat",
      "Het model van de 5 partnerschappen",
    ]);
    const [twelve, praatplaat, partnerships] = catalogue.instruments;
    expect(twelve.items[0].title).toBe("Wil je me laten merken dat ik belangrijk ben?");
    expect(twelve.items.at(-1)?.title).toBe("Help mij herinneren wanneer we een afspraak hebben.");
    expect(praatplaat.items.find((item) => item.reconstructed)?.title).toBe("Maak afspraken over het gezamenlijke doel");
    expect(praatplaat.prompts[0].text).toBe("Hoe zit dat bij ons?");
    // Quotes whose place on the poster is ours say so; the three the poster places do not.
    expect(praatplaat.items.filter((item) => item.quotes.length > 0 && !item.quotePlacementReconstructed).map((item) => item.key)).toEqual([
      "think-in-possibilities",
      "connect-with-parents",
      "involve-children",
    ]);
    expect(partnerships.items.filter((item) => item.clusterKey === "educational").map((item) => item.key)).toEqual([
      "pedagogical",
      "didactic",
    ]);
    expect(catalogue.phases.map((phase) => phase.name)).toEqual(["Voortraject", "Hoofdtraject", "Natraject"]);
  });

  it.each(["tr", "ar", "pl", "uk"])("gives %s texts, marked as not checked by a native speaker", async (locale) => {
    const item = (await getInstrumentCatalogue(locale)).instruments[0].items[0];
    expect(item).toMatchObject({ locale, checkedByNativeSpeaker: false });
    expect(item.parentStatement).not.toBe("De professional laat mij merken dat ik belangrijk ben.");
  });

  it("gives English texts, marked as not checked by a native speaker", async () => {
    const catalogue = await getInstrumentCatalogue("en");
    const twelve = catalogue.instruments[0];
    expect(twelve.locale).toBe("en");
    expect(twelve.checkedByNativeSpeaker).toBe(false);
    expect(twelve.items[0].title).not.toBe("Wil je me laten merken dat ik belangrijk ben?");
  });

  it("falls back to Dutch for a language that has no translation yet", async () => {
    // Somali is a family's home language without content (yet).
    const catalogue = await getInstrumentCatalogue("so");
    expect(catalogue.instruments[0].items[0]).toMatchObject({
      locale: "nl",
      title: "Wil je me laten merken dat ik belangrijk ben?",
    });
  });
});
