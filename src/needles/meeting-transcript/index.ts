// The built-in meeting-transcript needle templates (TRANSCRIPT_TEMPLATES), each with where it fits and who may voice it.
import type { WorldTemplate } from '../template.js';
import { adapt, type Fit } from './adapt.js';
import { TRANSCRIPT_TEMPLATES_A } from './decisions-and-commitments.js';
import { TRANSCRIPT_TEMPLATES_B } from './operations-and-finance.js';

const NOTED = { roles: ['chair', 'ceo'], text: 'Thank you. Let the minutes reflect that.' };
const GOT_IT = { roles: ['eng-manager', 'pm'], text: 'Got it, thanks. Moving on.' };
const THANKS = { roles: ['ir', 'ceo'], text: 'Thanks for that.' };

const FITS: Record<string, Fit> = {
  'mtg-off-cycle-review': { sections: ['audit-committee', 'board'], speakers: ['cfo', 'chair'], reply: NOTED },
  'mtg-action-item-owner': { sections: ['standup', 'sprint-planning'], speakers: ['eng-manager', 'pm'], reply: GOT_IT },
  'mtg-depot-reversal': { sections: ['board'], speakers: ['coo', 'ceo'], reply: NOTED },
  'mtg-rezoning-recusal': { sections: ['board', 'audit-committee', 'compensation-committee'], speakers: ['director'], reply: NOTED },
  'mtg-roof-budget': { sections: ['board'], speakers: ['cfo', 'coo'], reply: NOTED },
  'mtg-hiring-freeze-exception': { sections: ['compensation-committee', 'board'], speakers: ['chro', 'ceo'], reply: NOTED },
  'mtg-price-increase': { sections: ['earnings-call', 'board'], speakers: ['ceo', 'cfo', 'coo'] },
  'mtg-launch-slip': { sections: ['sprint-planning', 'standup'], speakers: ['pm', 'eng-manager'], reply: GOT_IT },
  'mtg-carrier-selection': { sections: ['board', 'sprint-planning'], speakers: ['coo', 'eng-manager'], reply: NOTED },
  'mtg-per-diem-cap': { sections: ['audit-committee', 'board'], speakers: ['cfo'], reply: NOTED },
  'mtg-outage-root-cause': { sections: ['incident-review', 'standup'], speakers: ['engineer', 'eng-manager'], reply: GOT_IT },
  'mtg-blocked-ticket': { sections: ['standup', 'sprint-planning'], speakers: ['engineer'], reply: GOT_IT },
  'mtg-hospital-discount': { sections: ['earnings-call'], speakers: ['ceo', 'cfo'], reply: THANKS },
  'mtg-recordable-injuries': { sections: ['board'], speakers: ['coo'], reply: NOTED },
  'mtg-marathon-sponsorship': { sections: ['board'], speakers: ['ceo', 'coo'], reply: NOTED },
  'mtg-interim-controller': { sections: ['audit-committee', 'board'], speakers: ['cfo'], reply: NOTED },
  'mtg-rent-reduction': { sections: ['board'], speakers: ['cfo', 'coo'], reply: NOTED },
  'mtg-canopy-grant': { sections: ['board'], speakers: ['coo', 'ceo'], reply: NOTED },
  'mtg-rfp-extension': { sections: ['audit-committee', 'board'], speakers: ['cfo', 'gc'], reply: NOTED },
  'mtg-eps-guidance': { sections: ['earnings-call'], speakers: ['cfo'] },
  'mtg-segment-margin': { sections: ['earnings-call'], speakers: ['cfo', 'ceo'] },
  'mtg-code-name-consolidation': { sections: ['board'], speakers: ['coo', 'ceo'], reply: NOTED },
  'mtg-code-name-deal-close': { sections: ['board', 'earnings-call'], speakers: ['ceo', 'gc'], reply: NOTED },
  'mtg-airline-escalation': { sections: ['earnings-call', 'board'], speakers: ['ceo', 'coo'] },
  'mtg-shareholder-meeting-venue': { sections: ['board'], speakers: ['gc'], reply: NOTED },
  'mtg-cyber-premium': { sections: ['audit-committee', 'board'], speakers: ['cfo', 'gc', 'cto'], reply: NOTED },
};

/** Every built-in transcript template. */
export const TRANSCRIPT_TEMPLATES: WorldTemplate[] = [...TRANSCRIPT_TEMPLATES_A, ...TRANSCRIPT_TEMPLATES_B].map((t) => adapt(t, FITS[t.id]!) as WorldTemplate);
