// Where every Dutch text comes from. Each text is either quoted from a source document
// (`verbatim`), our plain-language wording of what a source says (`adapted`), or the app's own
// wording (`own`). The content test checks every verbatim claim, and every verbatim part of an
// adapted text, against the source documents in ./sources, ignoring case, punctuation and spacing.

/** The source documents, as copied into ./sources. */
export const sources = {
  "000": "000-twaalf-vragen.txt",
  "001": "001-tips-actief-ouderschap.txt",
  "002": "002-talk-partnerschap.txt",
  "003": "003-praatplaat.txt",
  "004": "004-kpc-partnerschap.txt",
} as const;

export type SourceId = keyof typeof sources;

export type Origin =
  /** Word for word from the source; `parts` when the source splits the text in pieces. */
  | { how: "verbatim"; source: SourceId; parts?: string[] }
  /** Our wording of what the source says; `parts` are quoted from it word for word. */
  | { how: "adapted"; source: SourceId; parts?: string[]; note?: string }
  /** The app's own wording: no source says it. */
  | { how: "own"; note: string };

/**
 * Known errors in the source text (OCR of the praatplaat poster, one typo in the tips), fixed in
 * the source before comparing. Every fix the app made to a source text is listed here.
 */
export const sourceCorrections: Record<SourceId, [wrong: string, right: string][]> = {
  "000": [],
  "001": [["Iedere ouders", "Iedere ouder"]],
  "002": [],
  "003": [
    ["nief tegen", "niet tegen"],
    ["verschiilen", "verschillen"],
    ["met hef\nhele gezin", "met het\nhele gezin"],
    ["mef hen", "met hen"],
    ["gelilikwaardigheid", "gelijkwaardigheid"],
    ["Kijk haar de hele", "Kijk naar de hele"],
    ["STA DICHTBI)", "STA DICHTBIJ"],
    ["clientondersteuning", "cliëntondersteuning"],
    // Letters from the poster's background ("jeugd" and "instituut") inside the goal block.
    ['Maak eugdinetitaut "', "Maak"],
  ],
  "004": [],
};

/**
 * Origins by path in the Dutch content (`nl.ts`), with `*` for one path segment. The first rule
 * that matches wins, so exceptions stand above the rule they break. Paths that start with
 * `messages:` point into `lib/i18n/messages/nl.json` (only the texts taken from a source).
 */
export const provenance: [path: string, origin: Origin][] = [
  // The 12 questions (seed 000).
  ["instruments.twelve-questions.name", { how: "adapted", source: "000", parts: ["De 12 vragen"] }],
  ["instruments.twelve-questions.summary", { how: "own", note: "What the instrument is for, in plain words." }],
  ["instruments.twelve-questions.source", { how: "adapted", source: "000", parts: ["Kwaliteitskader voor het jonge kind", "gemeente Utrecht"] }],
  ["items.twelve-questions.*.title", { how: "verbatim", source: "000" }],
  ["items.twelve-questions.*.*", { how: "adapted", source: "000", note: "The question as a statement each side rates." }],

  // The praatplaat (seed 003).
  ["instruments.praatplaat.name", { how: "verbatim", source: "003" }],
  ["instruments.praatplaat.summary", { how: "adapted", source: "003", parts: ["met én voor het kind"] }],
  ["instruments.praatplaat.source", { how: "adapted", source: "003", parts: ["Met Andere Ogen", "Als professional en ouder beter samenwerken, met én voor het kind: hoe doe je dat?"] }],
  ["items.praatplaat.agree-on-shared-goal.title", { how: "adapted", source: "003", parts: ["Maak afspraken over het gezamenlijke doel"], note: "The title is garbled on the poster: derived from its first sentence, and marked as derived." }],
  ["items.praatplaat.own-theme.body", { how: "own", note: "Explains the open slot." }],
  ["items.praatplaat.recognise-parents-expertise.quotes.0", { how: "verbatim", source: "003", parts: ["Heb oog voor", "gelijkwaardigheid: loop eens samen met hen de", "ruimte in en uit."] }],
  ["items.praatplaat.*.title", { how: "verbatim", source: "003" }],
  ["items.praatplaat.*.body", { how: "verbatim", source: "003" }],
  ["items.praatplaat.*.quotes.*", { how: "verbatim", source: "003" }],
  ["items.praatplaat.*.parentStatement", { how: "adapted", source: "003", note: "The theme as a statement about what the professional does." }],
  ["items.praatplaat.*.professionalStatement", { how: "adapted", source: "003", note: "The parent's statement, from the professional's side." }],
  ["prompts.praatplaat.*", { how: "verbatim", source: "003" }],

  // The 5 partnerships (seed 001 gives only the names).
  ["instruments.partnerships.name", { how: "verbatim", source: "001" }],
  ["instruments.partnerships.summary", { how: "adapted", source: "001", parts: ["in de verschillende partnerschappen"] }],
  ["instruments.partnerships.source", { how: "adapted", source: "001", parts: ["Stichting Actief Ouderschap", "model van de 5 partnerschappen"] }],
  ["clusters.partnerships.*.name", { how: "verbatim", source: "001" }],
  ["clusters.partnerships.*.description", { how: "own", note: "The source names the clusters without describing them." }],
  ["items.partnerships.*.title", { how: "verbatim", source: "001" }],
  ["items.partnerships.*.*", { how: "own", note: "The source names the partnerships without describing them." }],

  // Phases (seed 004, KPC Groep).
  ["phases.pre.description", { how: "adapted", source: "004", parts: ["Investeer in de relatie voordat je die nodig hebt.", "zet als", "eerste stap en daarmee de toon"] }],
  ["phases.post.description", { how: "adapted", source: "004", parts: ["(laatste) kind"], note: "The ending also names youth care, where the help ends rather than the school." }],
  ["phases.*.name", { how: "adapted", source: "004", note: "The source speaks of ‘een voor-, een hoofd- en een natraject’." }],
  ["phases.*.description", { how: "adapted", source: "004" }],

  // Practice tips (seed 001).
  ["practiceTips.connect-parents", { how: "adapted", source: "001", parts: ["Breng ouders met elkaar in contact, zoals bijvoorbeeld gebeurt in het Almeerse project", "Breng het positief. Ouders praten graag over kinderen en opvoeden. Niet over opvoedproblemen. Iedere ouder loopt wel eens tegen vragen aan in de opvoeding."], note: "The project's name instead of its web address." }],
  ["practiceTips.*", { how: "verbatim", source: "001" }],

  // Guiding ideas shown to the professional (interface messages).
  ["messages:Guidance.intent.relationship", { how: "adapted", source: "000", parts: ["de relatie", "gelijkwaardig", "Met respect voor ieders rol"] }],
  ["messages:Guidance.intent.attitude", { how: "adapted", source: "000", parts: ["Dat vraagt", "nieuwsgierige"] }],
  ["messages:Guidance.intent.time", { how: "adapted", source: "000", parts: ["meer tijd dan in menig protocol staat"] }],
  ["messages:Guidance.intent.payback", { how: "adapted", source: "000", parts: ["gehoord", "eigenaar", "duurzame samenwerking"] }],
  ["messages:Guidance.firstStep", { how: "adapted", source: "003", parts: ["altijd afhankelijk van wat een professional wel", "niet gaat doen", "eerste stap naar gelijkwaardigheid"] }],
  ["messages:Guidance.firstStepQuestion", { how: "verbatim", source: "003" }],
  ["messages:Conversation.phasesHint", { how: "adapted", source: "004", parts: ["Investeer in de relatie voordat je die nodig hebt."] }],
];
