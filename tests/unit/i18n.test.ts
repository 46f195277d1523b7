import { describe, expect, it } from "vitest";
import { pickText } from "@/lib/i18n/pick-text";
import { resolveUiLocale, textDirection } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";

const rows = [
  { locale: "nl", checkedByNativeSpeaker: true, text: "Hallo" },
  { locale: "en", checkedByNativeSpeaker: false, text: "Hello" },
];

describe("pickText", () => {
  it("returns the wanted locale", () => {
    expect(pickText(rows, "en")).toMatchObject({ text: "Hello", isFallback: false, checkedByNativeSpeaker: false });
  });

  it("falls back to the Dutch source for a language without a translation", () => {
    expect(pickText(rows, "tr")).toMatchObject({ text: "Hallo", locale: "nl", isFallback: true });
  });

  it("returns nothing when even the source is missing", () => {
    expect(pickText([], "nl")).toBeUndefined();
  });
});

describe("locales", () => {
  it("defaults to Dutch for anything unknown", () => {
    expect(resolveUiLocale("en")).toBe("en");
    expect(resolveUiLocale("xx")).toBe("nl");
    expect(resolveUiLocale(undefined)).toBe("nl");
  });

  it("writes Arabic right to left", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("ar-MA")).toBe("rtl");
    expect(textDirection("tr")).toBe("ltr");
  });
});

describe("interface messages", () => {
  const keys = (value: unknown, prefix = ""): string[] =>
    typeof value === "object" && value !== null
      ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
      : [prefix.slice(0, -1)];

  it("English has exactly the Dutch keys, none empty", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    for (const key of keys(en)) {
      const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en);
      expect(value, key).not.toBe("");
    }
  });
});
