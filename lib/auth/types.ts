export type Role = "PROFESSIONAL" | "TEAM_LEAD" | "ADMIN";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  teamIds: string[];
  hasPin: boolean;
}
