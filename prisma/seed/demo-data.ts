// The demo organisation the README's run command loads. Labels are pseudonymous on purpose:
// the product never needs a family's real name.

export const DEMO_PASSWORD = "samenspraak-demo";

export const demoOrganisation = { slug: "demo-voorbeeldstad", name: "Gemeente Voorbeeldstad (demo)" };

export const demoTeams = ["Peuteropvang De Boomhut", "Basisschool De Linde"] as const;

type DemoTeam = (typeof demoTeams)[number];

export const demoUsers: { email: string; name: string; role: "PROFESSIONAL" | "TEAM_LEAD" | "ADMIN"; teams: DemoTeam[] }[] = [
  { email: "professional@demo.samenspraak.nl", name: "Priya de Professional", role: "PROFESSIONAL", teams: ["Peuteropvang De Boomhut"] },
  { email: "leerkracht@demo.samenspraak.nl", name: "Lars Leerkracht", role: "PROFESSIONAL", teams: ["Basisschool De Linde"] },
  { email: "teamleider@demo.samenspraak.nl", name: "Tamara Teamleider", role: "TEAM_LEAD", teams: ["Peuteropvang De Boomhut"] },
  { email: "beheerder@demo.samenspraak.nl", name: "Bram Beheerder", role: "ADMIN", teams: [] },
];

export const demoFamilies: { label: string; team: DemoTeam; preferredLanguage: string; followedBy: string[] }[] = [
  { label: "Fam. A.", team: "Peuteropvang De Boomhut", preferredLanguage: "nl", followedBy: ["professional@demo.samenspraak.nl"] },
  { label: "Fam. B.", team: "Peuteropvang De Boomhut", preferredLanguage: "tr", followedBy: ["professional@demo.samenspraak.nl"] },
  { label: "Fam. C.", team: "Peuteropvang De Boomhut", preferredLanguage: "ar", followedBy: ["professional@demo.samenspraak.nl"] },
  { label: "Fam. D.", team: "Basisschool De Linde", preferredLanguage: "pl", followedBy: ["leerkracht@demo.samenspraak.nl"] },
  { label: "Fam. E.", team: "Basisschool De Linde", preferredLanguage: "uk", followedBy: ["leerkracht@demo.samenspraak.nl"] },
  ...["F", "G", "H", "J", "K", "L"].map((letter, index) => ({
    label: `Fam. ${letter}.`,
    team: "Peuteropvang De Boomhut" as const,
    preferredLanguage: ["nl", "tr", "ar", "pl", "uk", "nl"][index],
    followedBy: ["professional@demo.samenspraak.nl"],
  })),
];

/** Demo families that get earlier, revealed conversations, so the team's dashboard has figures. */
export const familiesWithHistory = ["Fam. F.", "Fam. G.", "Fam. H.", "Fam. J.", "Fam. K.", "Fam. L."];
