// The company of a seed's 有価証券報告書 as plain data: its segments, sites, officers and subsidiaries (the world draws it, the ledger reads it).

/** A reportable segment, e.g. 工作機械事業. */
export interface JaSegment {
  /** Short name, e.g. `工作機械`. */
  name: string;
  /** As printed in segment tables and prose, e.g. `工作機械事業`. */
  label: string;
  products: string[];
  /** Words for it that share no kanji with the name (paraphrased questions). */
  gloss: string;
  /** Its main kind of customer, e.g. `自動車部品メーカー`. */
  customers: string;
  /** How its revenue is recognized: goods on shipment, goods with rebates, installed equipment on acceptance, services as rendered. */
  revenue: 'goods' | 'rebate' | 'install' | 'service';
  /** Share of group sales in the first year, and operating margin. */
  share: number;
  margin: number;
}

/** A plant, laboratory or office of the company (第3 設備の状況). */
export interface JaSite {
  /** e.g. `甲賀工場`, `厚木技術センター`, `本社`. */
  name: string;
  prefecture: string;
  city: string;
  kind: 'plant' | 'lab' | 'office';
  /** Index of the segment it serves; -1 for 全社. */
  segment: number;
  /** 設備の内容 as the table prints it. */
  use: string;
}

/** An officer (役員の状況). */
export interface JaOfficer {
  title: string;
  name: string;
  role: 'president' | 'senior' | 'director' | 'outside' | 'auditor' | 'outside-auditor';
  born: { year: number; month: number; day: number };
  female: boolean;
  /** Area the officer oversees (担当), for executive directors. */
  charge?: string;
  /** Year of appointment at the June general meeting, for officers who joined after the first report. */
  since?: number;
}

/** A consolidated subsidiary (関係会社の状況). */
export interface JaSubsidiary {
  name: string;
  location: string;
  /** 資本金 as printed, e.g. `300百万円`, `12,000千タイバーツ`. */
  capital: string;
  segment: number;
  business: string;
  /** 議決権の所有割合 (%). */
  ratio: number;
}

/** The company a seed's reports describe. */
export interface JaCompany {
  /** `株式会社大和精機`. */
  name: string;
  /** `大和精機` (the name without 株式会社, as prose writes 当社). */
  short: string;
  english: string;
  industry: string;
  purpose: string;
  founded: { year: number; month: number };
  listedYear: number;
  hq: { prefecture: string; city: string; street: string };
  segments: JaSegment[];
  sites: JaSite[];
  officers: JaOfficer[];
  subsidiaries: JaSubsidiary[];
  /** Major customers (names of other fictional companies). */
  customers: string[];
  /** Lead bank (the syndicated loan's arranger) and other lenders. */
  bank: string;
  banks: string[];
  auditor: string;
  transferAgent: string;
  /** 提出先 (the local finance bureau). */
  bureau: string;
  materials: string[];
  markets: string[];
  /** What its research improves (`減塩化`, `高精度化` …) and how a product is made greener, in its industry's words. */
  improve: string[];
  eco: string[];
  /** Shares issued (株). */
  shares: number;
  phone: string;
}
