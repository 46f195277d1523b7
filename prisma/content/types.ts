// The instrument content, split in two: one structure (stable keys, order, clusters) and one text
// file per locale. A new parent language is a new text file with the same keys: no schema change.

import type { InstrumentKey, PhaseKey } from "@/lib/domain";

export type ItemKind = "QUESTION" | "THEME" | "OPEN_THEME" | "PARTNERSHIP";

export interface ItemStructure {
  /** Stable key: ratings refer to it, so it never changes once published. */
  key: string;
  kind: ItemKind;
  /** For partnerships: the cluster the item belongs to. */
  clusterKey?: string;
  /** True where the title was reconstructed from garbled source text. */
  reconstructed?: boolean;
  /**
   * True where the source does not show which theme a quote belongs to (the praatplaat is a
   * poster, and its OCR text loses the layout): we placed the quote, and the screen says so.
   */
  quotePlacementReconstructed?: boolean;
}

export interface InstrumentStructure {
  key: InstrumentKey;
  clusters: { key: string }[];
  items: ItemStructure[];
  /** Conversation prompts that guide the talk about any item of this instrument. */
  promptKeys: string[];
}

export interface ContentStructure {
  instruments: InstrumentStructure[];
  phaseKeys: readonly PhaseKey[];
  practiceTipKeys: string[];
}

export interface ItemText {
  /** The item as the source says it (e.g. the parent's question, the theme's title). */
  title: string;
  /** Explanation, where the source gives one. */
  body?: string;
  /** The statement the parent rates, in the parent's voice. */
  parentStatement: string;
  /** The same statement, in the professional's voice. */
  professionalStatement: string;
  /** Parents' quotes that belong to the item (praatplaat). */
  quotes?: string[];
}

export interface LocaleContent {
  locale: string;
  /** False for translations not checked by a native speaker. */
  checkedByNativeSpeaker: boolean;
  instruments: Record<string, { name: string; summary: string; source: string }>;
  clusters: Record<string, Record<string, { name: string; description: string }>>;
  items: Record<string, Record<string, ItemText>>;
  prompts: Record<string, Record<string, string>>;
  phases: Record<string, { name: string; description: string }>;
  practiceTips: Record<string, string>;
}
