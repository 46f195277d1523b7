import { describe, expect, it } from "vitest";
import nl from "@/lib/i18n/messages/nl.json";

// In the Dutch interface an agreement ("afspraak") and the next meeting ("vervolggesprek") never
// share a word: on one screen "De afspraak is …" meant both, and nobody could tell which was saved.

function strings(messages: object, path: string[] = []): { path: string; text: string }[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [{ path: [...path, key].join("."), text: value }] : strings(value as object, [...path, key]),
  );
}

const all = strings(nl);
/** A string about the next meeting: its keys say appointment, or its text names the meeting. */
const aboutTheNextMeeting = all.filter(({ path, text }) => /appointment/i.test(path) || /vervolggesprek|volgende? gesprek/i.test(text));

describe("the next meeting's words (nl)", () => {
  it("finds the strings about the next meeting: the form, its confirmation, the calendar link, the audit label", () => {
    expect(aboutTheNextMeeting.map(({ path }) => path)).toEqual(
      expect.arrayContaining([
        "Conversation.appointmentTitle",
        "Conversation.saveAppointment",
        "Conversation.appointmentSaved",
        "Conversation.calendar",
        "Admin.actions.APPOINTMENT_WRITTEN",
        "Parent.privacy.stored",
      ]),
    );
  });

  it("never says 'afspraak' about the next meeting", () => {
    const mixed = aboutTheNextMeeting.filter(({ path, text }) => /afspra/i.test(text) && !NAMES_BOTH.includes(path));
    expect(mixed).toEqual([]);
  });

  it("where a sentence names both, each has its own word in its own part of the sentence", () => {
    for (const path of NAMES_BOTH) {
      const text = all.find((entry) => entry.path === path)!.text;
      const parts = text.split(/,| en /);
      expect(parts.some((part) => /vervolggesprek/.test(part)), path).toBe(true);
      expect(parts.filter((part) => /vervolggesprek/.test(part) && /afspra/i.test(part)), path).toEqual([]);
    }
  });

  it("calls it 'vervolggesprek', never 'volgend gesprek'", () => {
    expect(all.filter(({ text }) => /volgende? gesprek/i.test(text))).toEqual([]);
    expect(nl.Conversation.saveAppointment).toBe("Vervolggesprek opslaan");
    expect(nl.Conversation.appointmentSaved).toBe("Het vervolggesprek is opgeslagen.");
  });

  it("keeps 'afspraak' for agreements", () => {
    expect(nl.Conversation.addAgreement).toBe("Afspraak toevoegen");
    expect(nl.Conversation.agreementAdded).toBe("De afspraak is opgeslagen.");
  });
});

/** Sentences that name both the agreements and the next meeting, each by its own word. */
const NAMES_BOTH = ["Home.steps.agree", "Parent.privacy.stored"];
