// The facts meetings state that a needle could compete with: each is a key a needle template names and a section checks before stating it.
import type { FactKey } from '../../place-context.js';

/** Fact keys of the meeting-transcript generator, and what stating each one means. */
export const MEETING_FACTS = {
  /** Full-year EPS guidance (earnings calls, the CFO's board update). */
  epsGuidance: 'meeting.eps-guidance',
  /** Segment operating or gross margins (earnings calls). */
  segmentMargins: 'meeting.segment-margins',
  /** Price increases and price realization (earnings calls, operations reviews, the board). */
  pricing: 'meeting.price-increases',
  /** Recordable injuries and injury rates by site (operations reviews, the board's safety item). */
  injuries: 'meeting.recordable-injuries',
  /** When the annual budget review is held (the board's calendar talk). */
  budgetReview: 'meeting.budget-review-date',
  /** Closing or keeping open a plant or distribution center. */
  siteClosures: 'meeting.site-closures',
  /** Declared conflicts of interest and recusals. */
  recusals: 'meeting.recusals',
  /** Repairs and replacements of buildings (roofs, paving, chillers) and their budgets. */
  facilityRepairs: 'meeting.facility-repairs',
  /** Hiring freezes and exceptions to them. */
  hiringFreeze: 'meeting.hiring-freeze',
  /** Launch dates of new products. */
  launchDates: 'meeting.launch-dates',
  /** Which freight carriers serve which region. */
  carriers: 'meeting.freight-carriers',
  /** Travel policy: per-diem caps, booking rules. */
  travelPolicy: 'meeting.travel-policy',
  /** Outages caused by expired certificates. */
  certificateOutages: 'meeting.certificate-outages',
  /** Work blocked on credential or API-key rotation. */
  keyRotation: 'meeting.key-rotation',
  /** Discounts granted to named customer accounts. */
  accountDiscounts: 'meeting.account-discounts',
  /** Event sponsorships (races, festivals, tournaments). */
  sponsorships: 'meeting.sponsorships',
  /** Who runs the controller's office. */
  controller: 'meeting.controller',
  /** Office leases and rent. */
  leases: 'meeting.office-leases',
  /** Grants of the company's foundation. */
  foundationGrants: 'meeting.foundation-grants',
  /** Deadlines of requests for proposals. */
  rfpDeadlines: 'meeting.rfp-deadlines',
  /** Consolidating sites and what it costs. */
  consolidations: 'meeting.site-consolidations',
  /** Acquisitions: targets, prices, closing dates. */
  acquisitions: 'meeting.acquisitions',
  /** Customers threatening to leave over a product problem. */
  escalations: 'meeting.customer-escalations',
  /** Date and place of the annual shareholder meeting. */
  annualMeeting: 'meeting.annual-meeting',
  /** Insurance renewals and premiums. */
  insurance: 'meeting.insurance-renewals',
  /** Vendor shortlists and who owns them. */
  vendorShortlists: 'meeting.vendor-shortlists',
} as const satisfies Record<string, FactKey>;

/** Every fact key the generator can state (and leave out). */
export const MEETING_FACT_KEYS: readonly FactKey[] = Object.values(MEETING_FACTS);
