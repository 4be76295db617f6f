// The facts a transcript states that needles compete with: every one is really stated, and really left out when a sweep asks.
import { describe, expect, it } from 'vitest';
import { MEETING_FACTS, meetingTranscriptGenerator } from '../../../src/haystack/meeting-transcript/index.js';
import type { Block } from '../../../src/types.js';
import { takeBlocks } from '../../support/take-blocks.js';

/** How each fact reads when a meeting states it. */
const MARKERS: Record<string, RegExp> = {
  [MEETING_FACTS.epsGuidance]: /adjusted EPS of \$\d/,
  [MEETING_FACTS.segmentMargins]: /[Ss]egment margin|operating margin by segment/,
  [MEETING_FACTS.pricing]: /[Pp]ric(?:e|ing) (?:contributed|added)|price increase|prices? (?:on\b|increase)|pass(?:ing)? (?:the increase )?through/,
  [MEETING_FACTS.injuries]: /[Rr]ecordable/,
  [MEETING_FACTS.budgetReview]: /budget review/,
  [MEETING_FACTS.siteClosures]: /distribution network|into a larger building/,
  [MEETING_FACTS.recusals]: /conflicts? (?:to declare|of interest)|presents a conflict|recus/,
  [MEETING_FACTS.facilityRepairs]: /capital plan for|wastewater|replace (?:the parking lot|the loading dock doors|the fire sprinkler heads|the chiller|the lighting)/,
  [MEETING_FACTS.hiringFreeze]: /hiring (?:stays paused|remains frozen|paused|freeze)|salaried hiring/,
  [MEETING_FACTS.launchDates]: /product launch roadmap|launches over the next/,
  [MEETING_FACTS.carriers]: /(?:Freight|Logistics|Transport|Carriers) (?:handles|runs)|lanes (?:in|out of) the/,
  [MEETING_FACTS.travelPolicy]: /[Tt]ravel (?:is|remains) (?:open|allowed|approved)|travel policy|expense policy|[Cc]ustomer travel/,
  [MEETING_FACTS.certificateOutages]: /certificate/,
  [MEETING_FACTS.keyRotation]: /API keys/,
  [MEETING_FACTS.accountDiscounts]: /volume discount|rebate of/,
  [MEETING_FACTS.sponsorships]: /sponsor/,
  [MEETING_FACTS.controller]: /\b[Oo]ur controller\b/,
  [MEETING_FACTS.leases]: /office lease/,
  [MEETING_FACTS.foundationGrants]: /foundation/i,
  [MEETING_FACTS.rfpDeadlines]: /\bRFP\b|request for proposals|(?:Bids|Proposals) are due/,
  [MEETING_FACTS.consolidations]: /consolidate <|consolidat\w+ \S+ into a larger building|\bcombine \S+(?: \S+)? into/,
  [MEETING_FACTS.acquisitions]: /acquisition of|acquire /,
  [MEETING_FACTS.escalations]: /threatening to leave|quality escalation|service problem at/,
  [MEETING_FACTS.annualMeeting]: /annual meeting/,
  [MEETING_FACTS.insurance]: /insurance premium|total premium|renews at|insurance program|insurance renewal/,
  [MEETING_FACTS.vendorShortlists]: /shortlist|short list/,
};

function text(seed: number, chars: number, omit?: Set<string>): string {
  return takeBlocks(meetingTranscriptGenerator.blocks(seed, omit ? { omit } : undefined) as Generator<Block>, chars).map((b) => b.text).join('\n\n');
}

describe('facts of the meeting-transcript generator', () => {
  const full = [1, 2].map((seed) => text(seed, 2_400_000)).join('\n\n');
  const bare = [1, 2].map((seed) => text(seed, 2_400_000, new Set(meetingTranscriptGenerator.facts))).join('\n\n');

  it('lists every fact it knows, each with how it reads', () => {
    expect([...meetingTranscriptGenerator.facts].sort()).toEqual(Object.keys(MARKERS).sort());
  });

  it.each(Object.entries(MARKERS))('states %s somewhere in a long series, and never when it is left out', (_fact, marker) => {
    expect(full).toMatch(marker);
    expect(bare.match(marker)?.[0], bare.slice(Math.max(0, (bare.match(marker)?.index ?? 0) - 200), (bare.match(marker)?.index ?? 0) + 200)).toBeUndefined();
  });

  it('leaves the rest of the series as it was: the same meetings on the same dates', () => {
    const dates = (omit?: Set<string>) => {
      const out: string[] = [];
      let n = 0;
      for (const b of meetingTranscriptGenerator.blocks(3, omit ? { omit } : undefined)) {
        const c = b.context as { meetingIndex: number; date: string; meetingKind: string };
        if (out.length <= c.meetingIndex) out.push(`${c.date} ${c.meetingKind}`);
        n += b.text.length;
        if (n > 600_000) break;
      }
      return out;
    };
    const a = dates();
    const b = dates(new Set(meetingTranscriptGenerator.facts));
    // Left-out facts make some meetings longer or shorter, so the two cuts hold different numbers of meetings.
    const k = Math.min(a.length, b.length) - 2;
    expect(k).toBeGreaterThan(20);
    expect(b.slice(0, k)).toEqual(a.slice(0, k));
  });

  it('describes the world the blocks come from', () => {
    const world = meetingTranscriptGenerator.world(3);
    expect(meetingTranscriptGenerator.world(3).org).toEqual(world.org);
    expect(meetingTranscriptGenerator.world(3).start).toBe(world.start);
    expect(world.org.sites.some((s) => s.kind === 'plant')).toBe(true);
    expect(world.org.reserved.people.length).toBeGreaterThanOrEqual(8);
    const labels = new Set<string>();
    let n = 0;
    for (const b of meetingTranscriptGenerator.blocks(3)) {
      for (const p of (b.context as { participants: Array<{ label: string }> }).participants) labels.add(p.label);
      n += b.text.length;
      if (n > 800_000) break;
    }
    for (const p of [world.org.chair, world.org.ceo, world.org.cfo, world.org.coo, world.org.gc]) expect(labels).toContain(p.label);
    // Nobody held back for needles ever attends.
    for (const r of world.org.reserved.people) expect(labels).not.toContain(`${r.first} ${r.last}`);
  });
});
