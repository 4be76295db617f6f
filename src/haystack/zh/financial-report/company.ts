// The listed company of a seed's 年度报告 as plain data: its people, segments and subsidiaries (the world draws it, the ledger reads it).

/** A segment as the phrase data describes it. */
export interface SegmentData {
  name: string; unit: string; products: string[]; customers: string[];
  /** Products sold to other customers than the segment's as a whole (光伏背板膜 to 光伏组件企业 only). */
  productCustomers?: Record<string, string[]>;
  /** The industry's technologies this segment's products are made with (长玻纤增强 is no film's). */
  technologies?: string[];
  margin: [number, number]; price: [number, number];
}
/** An industry as the phrase data describes it. */
export interface IndustryData {
  name: string; nameTail: string; shortTail: string; csrc: string; field: string;
  materials: string[]; customers: string[]; technologies: string[]; policies: string[]; segments: SegmentData[];
  /** The year each policy was issued: a report cites none issued after its own year. */
  policyYears?: Record<string, number>;
}

/** A person of the company, with the offices printed after their name. */
export interface ZhPerson { name: string; title: string; gender: '男' | '女'; born: number }

/** A reportable segment (产品分部) with its products. */
export interface ZhSegment {
  name: string; unit: string; products: string[];
  /** The downstream customers this segment's products are sold to (a subset of the industry's). */
  customers: string[];
  productCustomers?: Record<string, string[]>;
  /** The industry's technologies this segment's products are made with (长玻纤增强 is no film's). */
  technologies?: string[];
  margin: [number, number]; price: [number, number];
}

/** A consolidated subsidiary. */
export interface ZhSubsidiary { name: string; city: string; role: string; share: number; capital: number }

/** The listed company (…股份有限公司). */
export interface ZhCompany {
  name: string;
  /** 证券简称 (four characters). */
  short: string;
  code: string;
  exchange: string;
  board: string;
  province: string;
  city: string;
  /** 公司注册地址 and 办公地址. */
  address: string;
  industry: IndustryData;
  segments: ZhSegment[];
  subsidiaries: ZhSubsidiary[];
  /** Cities of the production bases (the home city first). */
  bases: string[];
  chair: ZhPerson;
  ceo: ZhPerson;
  cfo: ZhPerson;
  secretary: ZhPerson;
  /** 会计机构负责人（会计主管人员）. */
  accountant: ZhPerson;
  vicePresidents: ZhPerson[];
  directors: ZhPerson[];
  independents: ZhPerson[];
  supervisors: ZhPerson[];
  auditor: string;
  auditorPartners: [string, string];
  sponsor: string;
  bank: string;
  /** The company's listing year and founding year. */
  listedYear: number;
  foundedYear: number;
  /** Shares outstanding at the first report (股). */
  shares: number;
  /** The controlling shareholder (a holding company) and the actual controller (the chair). */
  holding: string;
}
