// The built-in meeting-transcript needle templates, by topic: each drawn from the series' world and rendered at the meeting it lands in.
import type { WorldTemplate } from '../template.js';
import { accountDiscount, codeNameDealClose, customerEscalation, priceIncrease } from './commercial.js';
import { actionItemOwner, blockedTicket, launchSlip, outageRootCause } from './engineering.js';
import { cyberPremium, epsGuidance, interimController, perDiemCap, rentReduction, segmentMargin } from './finance.js';
import { offCycleReview, parcelRecusal, shareholderMeetingVenue } from './governance.js';
import { carrierSelection, codeNameConsolidation, depotReversal, recordableInjuries, rfpExtension, roofBudget } from './operations.js';
import { canopyGrant, hiringFreezeException, marathonSponsorship } from './people-and-community.js';

/** Every built-in transcript template (the registry in src/needles/builtin.ts imports this name). */
export const TRANSCRIPT_TEMPLATES: WorldTemplate[] = [
  offCycleReview, actionItemOwner, depotReversal, parcelRecusal, roofBudget, hiringFreezeException, priceIncrease, launchSlip,
  carrierSelection, perDiemCap, outageRootCause, blockedTicket, accountDiscount, recordableInjuries, marathonSponsorship,
  interimController, rentReduction, canopyGrant, rfpExtension, epsGuidance, segmentMargin, codeNameConsolidation,
  codeNameDealClose, customerEscalation, shareholderMeetingVenue, cyberPremium,
] as WorldTemplate[];
