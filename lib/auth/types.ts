export type Role = "PROFESSIONAL" | "TEAM_LEAD" | "ADMIN";

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
}
