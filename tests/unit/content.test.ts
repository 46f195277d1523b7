import { describe, expect, it } from "vitest";
import { contentLocales, contentStructure, instrumentContentHash, sourceLocale } from "@/prisma/content";
import { en } from "@/prisma/content/en";
import { nl } from "@/prisma/content/nl";

const instrument = (key: string) => contentStructure.instruments.find((entry) => entry.key === key)!;
const titles = (key: string) => instrument(key).items.map((item) => nl.items[key][item.key].title);

describe("De 12 vragen van ouders", () => {
  it("has the twelve questions of seed 000, word for word and in order", () => {
    expect(titles("twelve-questions")).toEqual([
      "Wil je me laten merken dat ik belangrijk ben?",
      "Wil je zorgen dat ik me veilig voel om te leren?",
      "Wil je jouw kennis met me delen als ik het niet meer zelf weet?",
      "Wil je zonder oordeel naar mij luisteren?",
      "Wil je me de tijd geven om je goed te verstaan?",
      "Wil je mij serieus nemen?",
      "Wil je mijn deskundigheid serieus nemen?",
      "Ga je ook jezelf laten zien?",
      "Wil jij het initiatief nemen?",
      "Wil je ook oog hebben voor wat ik goed doe?",
      "Zorg je ervoor dat ik weet wat er te gebeuren staat?",
      "Help mij herinneren wanneer we een afspraak hebben.",
    ]);
  });
});

describe("De praatplaat", () => {
  it("has every theme of the poster, then the open slot", () => {
    expect(titles("praatplaat")).toEqual([
      "Denk vanuit het kind",
      "Denk in mogelijkheden",
      "Zoek de verbinding met ouders",
      "Betrek kinderen bij je keuzes",
      "Erken de expertise van ouders",
      "Bied ouders steun",
      "Werk samen voor resultaat",
      "Sta dichtbij",
      "Heb een positieve houding",
      "Maak afspraken over het gezamenlijke doel",
      "Wij willen toevoegen",
    ]);
    expect(instrument("praatplaat").items.at(-1)?.kind).toBe("OPEN_THEME");
  });

  it("marks exactly the garbled title as reconstructed", () => {
    const reconstructed = instrument("praatplaat").items.filter((item) => item.reconstructed);
    expect(reconstructed.map((item) => item.key)).toEqual(["agree-on-shared-goal"]);
    expect(nl.items.praatplaat["agree-on-shared-goal"].body).toContain("beoordeel de samenwerking regelmatig");
  });

  it("keeps the parents' quotes with their themes, without OCR errors", () => {
    expect(nl.items.praatplaat["think-in-possibilities"].quotes).toEqual(["Denk met me mee en niet tegen."]);
    expect(nl.items.praatplaat["agree-on-shared-goal"].quotes).toEqual([
      "Ouders hebben hoorrecht en professionals luisterplicht.",
    ]);
    const allText = JSON.stringify(nl.items.praatplaat);
    for (const ocrError of ["nief", " hef ", " mef ", "verschiilen", "gelilikwaardigheid", "DICHTBI)"]) {
      expect(allText).not.toContain(ocrError);
    }
  });

  it("has the five conversation prompts of the recipe, in order", () => {
    const prompts = instrument("praatplaat").promptKeys.map((key) => nl.prompts.praatplaat[key]);
    expect(prompts).toEqual([
      "Hoe zit dat bij ons?",
      "Hoe zou dat beter kunnen?",
      "Waar zijn we al goed in?",
      "Wat helpt ons om (beter) samen te werken, met én voor het kind?",
      "Hoe kunnen we de vervolgstappen hierin met elkaar vormgeven?",
    ]);
  });
});

describe("Het model van de 5 partnerschappen", () => {
  it("has five partnerships in three clusters", () => {
    const partnerships = instrument("partnerships");
    const byCluster = Object.fromEntries(
      partnerships.clusters.map(({ key }) => [
        nl.clusters.partnerships[key].name,
        partnerships.items.filter((item) => item.clusterKey === key).map((item) => nl.items.partnerships[item.key].title),
      ]),
    );
    expect(byCluster).toEqual({
      "Onderwijskundig partnerschap": ["Pedagogisch partnerschap", "Didactisch partnerschap"],
      Ouderparticipatie: ["Formeel partnerschap", "Informeel partnerschap"],
      "Actief burgerschap": ["Maatschappelijk partnerschap"],
    });
  });
});

describe("Phases and practice tips", () => {
  it("has the three KPC phases in order", () => {
    expect(contentStructure.phaseKeys.map((key) => nl.phases[key].name)).toEqual([
      "Voortraject",
      "Hoofdtraject",
      "Natraject",
    ]);
  });

  it("has the thirteen practice tips of seed 001", () => {
    expect(contentStructure.practiceTipKeys).toHaveLength(13);
    expect(nl.practiceTips["know-your-parents"]).toBe(
      "Weet wie je ouders zijn en wat ze willen. Praat met ze! Luister goed en check je aannames.",
    );
  });
});

describe("Every locale", () => {
  it.each(contentLocales.map((locale) => [locale.locale, locale] as const))(
    "%s has a non-empty text for every key in the structure, and no extra keys",
    (_, content) => {
      for (const { key, items, clusters, promptKeys } of contentStructure.instruments) {
        expect(content.instruments[key]?.name).toBeTruthy();
        expect(Object.keys(content.items[key]).sort()).toEqual(items.map((item) => item.key).sort());
        for (const item of items) {
          const text = content.items[key][item.key];
          expect(text.title && text.parentStatement && text.professionalStatement, `${key}.${item.key}`).toBeTruthy();
        }
        expect(Object.keys(content.clusters[key]).sort()).toEqual(clusters.map((cluster) => cluster.key).sort());
        expect(Object.keys(content.prompts[key]).sort()).toEqual([...promptKeys].sort());
      }
      expect(Object.keys(content.phases)).toEqual(contentStructure.phaseKeys);
      expect(Object.keys(content.practiceTips)).toEqual(contentStructure.practiceTipKeys);
    },
  );

  it("marks the English translation as not checked by a native speaker", () => {
    expect(sourceLocale.checkedByNativeSpeaker).toBe(true);
    expect(en.checkedByNativeSpeaker).toBe(false);
  });
});

describe("instrumentContentHash", () => {
  const twelve = instrument("twelve-questions");

  it("changes when the Dutch source text changes, so a new version is published", () => {
    const edited = structuredClone(nl);
    edited.items["twelve-questions"]["feel-important"].title = "Iets anders?";
    expect(instrumentContentHash(twelve, edited)).not.toBe(instrumentContentHash(twelve, nl));
  });

  // The versions databases hold today. Renaming a field in code (parentStatement became
  // parentStatement) must not publish a new version; editing the Dutch text does, and then
  // these change with it, on purpose.
  it("stays what the published versions were hashed with", () => {
    expect(Object.fromEntries(contentStructure.instruments.map((entry) => [entry.key, instrumentContentHash(entry)]))).toEqual({
      "twelve-questions": "994b46be62bd8d95ac1d3352ac9fc04cf768cc54d688789265ec678be1b54671",
      praatplaat: "cffcf3277422fa1442c8c790aa84677b0983fbfc02b7747b099d65c2187d7628",
      partnerships: "11bbf7801fdd4deeb81c3297a2ffb838cbe2b963903974e826622817e812862e",
    });
  });

  it("ignores translations, so adding a language publishes nothing new", () => {
    expect(instrumentContentHash(twelve)).toBe(instrumentContentHash(twelve, nl));
    expect(instrumentContentHash(twelve)).toMatch(/^[0-9a-f]{64}$/);
  });
});
