// The reference (knowledge base) a user supplies: people, organisations, places and plain facts,
// each entry remembering where it is in its file so findings can point at it.

/** A period a person holds an office or a country belongs to a group; open ends are unknown or ongoing. */
export interface Period {
  /** ISO date (YYYY-MM-DD), inclusive; absent when unknown ("since before anything we check"). */
  from?: string;
  /** ISO date, inclusive; absent while ongoing. */
  to?: string;
}

export interface OfficeEntry extends Period {
  /** The office as the reference names it ("Minister of External Affairs", "acting President"). */
  office: string;
  /** Other names of the same office ("foreign minister"). */
  aliases?: string[];
  country?: string;
  organisation?: string;
}

export interface PersonEntry {
  /** Canonical spelling. */
  name: string;
  /** Other accepted spellings and transliterations (never misspellings). */
  aliases?: string[];
  offices?: OfficeEntry[];
}

export interface Membership extends Period {
  name: string;
}

export interface OrganisationEntry {
  name: string;
  aliases?: string[];
  founded?: { year?: number; date?: string; founders?: string[] };
  members?: (string | Membership)[];
  observers?: (string | Membership)[];
  dialoguePartners?: (string | Membership)[];
}

export interface PlaceEntry {
  name: string;
  aliases?: string[];
  containedIn?: string;
}

export interface FactEntry {
  subject: string;
  attribute: string;
  value: string | number;
  unit?: string;
  asOf?: string;
}

export interface ReferenceData {
  description?: string;
  people?: PersonEntry[];
  organisations?: OrganisationEntry[];
  places?: PlaceEntry[];
  facts?: FactEntry[];
}

/** A loaded, validated reference file. */
export interface Reference {
  /** Path as shown to the user (relative to the working folder). */
  path: string;
  data: ReferenceData;
  /** 1-based line of each entry, by JSON path ("people[2]", "organisations[0].members[3]"). */
  lines: Map<string, number>;
}

/** Where one reference entry lives: what a finding cites. */
export interface ReferenceCitation {
  path: string;
  /** JSON path of the entry ("people[8]"). */
  entry: string;
  line: number;
  /** The entry's canonical text ("Farid Rokhvel", "founders: Norway, Peru, ..."). */
  quote: string;
}
