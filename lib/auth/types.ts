export type Role = "PROFESSIONAL" | "TEAM_LEAD" | "ADMIN";

/** How a session began: the app's own password, or the organisation's account (OpenID Connect). */
export type SignInMethod = "password" | "oidc";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  teamIds: string[];
  hasPin: boolean;
  /** When this session signed in (ms), to tell it from the user's other sessions. */
  sessionStartedAt?: number;
  /** Absent: password (sessions from before the organisation's accounts were offered). */
  signedInWith?: SignInMethod;
}
