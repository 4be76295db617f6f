// The built-in Japanese meeting-transcript needle templates (issue #14): native needles of the company's board, its
// results briefing and engineering 定例会, and of the city assembly.
import type { WorldTemplate } from '../../template.js';
import { schoolAirConditioning, supplementaryBudget, waitingChildren } from './city.js';
import { buybackShares, capexAmount, dividendForecast, newHires, officerPay, plantStart, priceIncrease } from './company.js';
import { incidentCount, projectLead, releaseDate } from './engineering.js';

export const JA_TRANSCRIPT_TEMPLATES: readonly WorldTemplate[] = [
  dividendForecast,
  priceIncrease,
  plantStart,
  capexAmount,
  officerPay,
  buybackShares,
  newHires,
  incidentCount,
  releaseDate,
  projectLead,
  supplementaryBudget,
  schoolAirConditioning,
  waitingChildren,
] as WorldTemplate[];
