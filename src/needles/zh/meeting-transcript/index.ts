// The Chinese meeting-transcript needle templates (zh-mtg-…), native to 董事会, 业绩说明会 and 周例会.
import type { WorldTemplate } from '../../template.js';
import { campusHiring, newSupplier, plantStart, priceIncrease, revenueGuidance } from './business.js';
import { incidentCount, latency, releaseDate } from './engineering.js';
import { appointment, buybackCap, dividend, equityGrant, execPayRaise } from './governance.js';

/** Every Chinese transcript template. */
export const ZH_TRANSCRIPT_TEMPLATES: readonly WorldTemplate[] = [
  execPayRaise, dividend, buybackCap, appointment, equityGrant,
  plantStart, priceIncrease, revenueGuidance, newSupplier, campusHiring,
  incidentCount, releaseDate, latency,
] as WorldTemplate[];
