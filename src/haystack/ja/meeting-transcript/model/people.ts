// The people, company and city of the Japanese series as plain data (the world draws them, the ledgers and meetings read them).

/** A person as the transcripts name them: family name, given name, and both together (`佐藤健一`). */
export interface JaPerson {
  family: string;
  given: string;
  name: string;
}

/** Someone present at a meeting: who they are, what their label says and their role key (see `Participant.role`). */
export interface JaSpeaker {
  person: JaPerson;
  /** Title as printed in the label, e.g. `代表取締役社長`, `議長`, `十四番`. */
  title: string;
  role: string;
  /** What others call them in speech, e.g. `佐藤社長`, `山口議員`, `田中さん`. */
  address: string;
}

export interface JaSegment {
  name: string;
  short: string;
  products: string[];
  customers: string[];
  /** Sells materials or parts (機能材料, 電子部品): no installed base, so no maintenance contracts to speak of. */
  parts?: boolean;
  /** Head of the business (an inside director). */
  head: JaSpeaker;
}

export interface JaSite {
  /** `亀山工場`. */
  name: string;
  /** `三重県亀山市`. */
  place: string;
  segment: string;
}

export interface JaTeam {
  name: string;
  system: string;
  prefix: string;
  parts: string[];
  manager: JaSpeaker;
  pm: JaSpeaker;
  engineers: JaSpeaker[];
}

export interface JaAssemblyMember extends JaSpeaker {
  seat: number;
  faction: string;
}

export interface JaCity {
  /** `北浜市`. */
  name: string;
  /** Population in units of 100 (about 182,300 → 1823). */
  population: number;
  districts: string[];
  mayor: JaSpeaker;
  speaker: JaSpeaker;
  departments: Array<JaSpeaker & { area: string }>;
  members: JaAssemblyMember[];
}

export interface JaCompany {
  /** `株式会社北斗精機`. */
  name: string;
  short: string;
  chair: JaSpeaker;
  ceo: JaSpeaker;
  cfo: JaSpeaker;
  cto: JaSpeaker;
  planning: JaSpeaker;
  outside: JaSpeaker[];
  auditors: JaSpeaker[];
  ir: JaSpeaker;
  segments: JaSegment[];
  sites: JaSite[];
  /** Employees on a consolidated basis (≥ 1,000). */
  employees: number;
}
