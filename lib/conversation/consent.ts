/**
 * The version of the consent question's wording (lib/i18n/messages: Conversation.consentTitle and
 * consentText, in every parent language). Change it whenever that wording changes, so each
 * recorded answer says what the parent was asked.
 */
export const CONSENT_WORDING_VERSION = "2026-11-23";

export function consentWording(locale: string): string {
  return `${CONSENT_WORDING_VERSION}/${locale}`;
}
