import type { AccountLinkPurpose } from "@/lib/generated/prisma/client";
import type { Mail } from "./mailer";

// The mails that carry a one-time link. Dutch first (staff read the app in Dutch by default),
// with one English line for colleagues who do not. No other personal data than the greeting.

export function accountLinkMail(purpose: AccountLinkPurpose, to: { name: string; email: string }, url: string, organisation: string): Mail {
  if (purpose === "INVITATION") {
    return {
      to: to.email,
      subject: `Je account voor Samenspraak (${organisation})`,
      text: [
        `Hallo ${to.name},`,
        "",
        `${organisation} gebruikt Samenspraak om met ouders over de samenwerking te praten. Er is een account voor je klaar.`,
        "Kies je wachtwoord via deze link. De link werkt één keer en is 7 dagen geldig:",
        "",
        url,
        "",
        "English: choose your password for Samenspraak through the link above (one use, valid for 7 days).",
      ].join("\n"),
    };
  }
  return {
    to: to.email,
    subject: "Een nieuw wachtwoord voor Samenspraak",
    text: [
      `Hallo ${to.name},`,
      "",
      "Je vroeg om een nieuw wachtwoord. Kies het via deze link. De link werkt één keer en is 1 uur geldig:",
      "",
      url,
      "",
      "Vroeg je hier niet om? Dan hoef je niets te doen: je wachtwoord blijft hetzelfde.",
      "English: choose a new password through the link above (one use, valid for 1 hour). Did not ask for it? Ignore this mail.",
    ].join("\n"),
  };
}
