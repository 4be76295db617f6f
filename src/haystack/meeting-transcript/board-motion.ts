// Motions in a board or committee meeting: moved, seconded, discussed, then a voice vote or a roll-call vote.
import type { Vars } from '../data.js';
import { numberWord, type MeetingContext } from './context.js';
import type { Speaker } from './organization.js';
import type { Session } from './session.js';
import { speak } from './speech.js';

function tally(ayes: number, nays: number, abst: number): string {
  const n = (k: number, one: string, many: string) => `${numberWord(k)} ${k === 1 ? one : many}`;
  return `${n(ayes, 'aye', 'ayes')}, ${n(nays, 'nay', 'nays')} and ${n(abst, 'abstention', 'abstentions')}`;
}

/** The people a motion involves: the chair, the secretary calling the roll, and the voting members present. */
export interface Voters {
  chair: Speaker;
  secretary: Speaker;
  present: Speaker[];
}

/** How a speaker is addressed in a roll call ("Director Okafor?"). */
export function rollName(who: Speaker, chair: Speaker): string {
  return `${who === chair ? 'Chair' : 'Director'} ${who.name.split(' ').slice(1).join(' ')}?`;
}

// Trailing qualifiers a motion's name drops when it is repeated in the vote call ("… as presented").
const QUALIFIER = / (?:as presented|as circulated|as corrected|on the terms presented|within the (?:approved reserve|parameters presented)|for publication|identified by management)$/;

/** The name a motion goes by in the vote call: the topic's short title, else the resolution without its trailing qualifier. Never cut mid-phrase. */
export function motionName(resolution: string, short?: string): string {
  return short ?? resolution.replace(QUALIFIER, '');
}

/** Puts a resolution to a vote; votes never exceed the members present. `shortName` is how the chair refers back to it. */
export function motion(mc: MeetingContext, s: Session, room: Voters, resolution: string, allowNays: boolean, shortName?: string, amendment?: { text: string; vars: Vars }): void {
  const { rng } = mc;
  const { chair, secretary, present } = room;
  // A clock time ends in "a.m."; the sentence then ends there, not in "a.m..".
  const say = (who: Speaker, sentences: string[], level = 0.2) => s.say(who, speak(rng, sentences, level).replace(/\.\.(?= |$)/g, '.'));
  let short = motionName(resolution, shortName);
  const full = resolution;
  const [mover, seconder] = rng.sample(present.filter((p) => p !== chair), 2);
  say(chair, [mc.line(`{{Would somebody move|Is there a motion|Do I have a motion} to ${full}?|{I'd entertain|I'll entertain|I'll take} a motion to ${full}.}`)]);
  s.say(mover!, rng.pick(['So moved.', 'I move.', 'So moved, Chair.', "I'll move it.", 'Move approval.', 'I so move.']));
  s.say(seconder!, rng.pick(['Second.', 'Second.', "I'll second.", 'Seconded.', 'Second it.']));
  say(chair, [mc.line(`{It's been moved and seconded|We have a motion and a second|Moved by ${mover!.first}, seconded by ${seconder!.first},} to ${full}. {Any discussion|Discussion|Comments|Any comments}?`)], 0.1);
  // After a comment from the floor the chair cannot say "Hearing none".
  let heard = false;
  if (allowNays && rng.chance(0.3)) {
    const critic = rng.pick(present.filter((p) => p !== chair));
    say(critic, [mc.line("{Just briefly|One comment}. {I have reservations about|I still have reservations about|I'm still not fully comfortable with} {the timing|the scope|the number} {here|on this one}{, and I want that noted|, so I may vote against|}.")], 0.6);
    heard = true;
  }
  if (amendment && present.length >= 4) {
    if (amend(mc, s, room, amendment.text, amendment.vars, [mover!, seconder!])) short = `${short} as amended`;
    heard = true;
  }
  const none = heard ? '{Noted|Thank you, that\'s noted|Understood|Okay, noted}' : '';
  let nays = 0;
  let abst = 0;
  if (allowNays && present.length >= 5 && rng.chance(0.3)) nays = rng.int(1, Math.min(2, present.length - 4));
  if (allowNays && rng.chance(0.25)) abst = 1;
  const ayes = present.length - nays - abst;
  if (rng.chance(0.3)) {
    say(chair, [mc.line(`${none || '{Hearing none|Seeing none|Okay}'}, {will the secretary please call the roll|let's do a roll call vote|<secFirst>, please call the roll} {on the motion to ${short}|on this one|}.`, { secFirst: secretary.first })], 0.1);
    const order = rng.shuffle(present);
    const votes = rng.shuffle(order.map((_, i) => (i < nays ? 'No.' : i < nays + abst ? 'Abstain.' : rng.pick(['Aye.', 'Aye.', 'Yes.', 'Aye.']))));
    order.forEach((v, i) => { s.say(secretary, rollName(v, chair)); s.say(v, votes[i]!); });
    say(secretary, [mc.fixed(`{The vote is|On the motion to ${short}, the vote is|On the motion to ${short}, that's|On the motion to ${short}, the tally is} ${tally(ayes, nays, abst)}.`)], 0);
    say(chair, [mc.line('{The motion carries|Motion carries|The motion passes}{. Thank you|. Thanks, everyone|}.')], 0);
  } else {
    say(chair, [mc.line(`${none || "{Hearing none|Okay|Seeing no hands|If there's nothing further}"}, all those in favor {of the motion to ${short}|of the motion to ${short}|}{, please say aye|, say aye|, please say aye, and raise a hand if you're on video}.`)], 0.1);
    s.meta('[Chorus of ayes]');
    say(chair, [mc.line('{Opposed|Any opposed}?')], 0);
    for (const v of rng.sample(present.filter((p) => p !== chair), nays)) s.say(v, rng.pick(['No.', 'Opposed.', 'No.']));
    say(chair, [mc.line(`{Abstentions|Any abstentions}? ${abst ? '' : 'Okay.'}`)], 0);
    if (abst) s.say(rng.pick(present.filter((v) => v !== chair)), rng.pick(['Abstain.', "I'll abstain.", 'Abstain, please.', 'I abstain.']));
    say(chair, [mc.fixed(`{The motion to ${short}|The motion to ${short}|The motion to ${short}|That} {carries|passes} with ${tally(ayes, nays, abst)}{. Thank you|, and we'll note it in the minutes|}.`)], 0);
  }
}

/** An amendment moved, seconded, debated and voted (voice or roll call); true when it carries and the main motion goes forward as amended. */
function amend(mc: MeetingContext, s: Session, room: Voters, text: string, vars: Vars, movers: Speaker[]): boolean {
  const { rng } = mc;
  const { chair, present } = room;
  const say = (who: Speaker, sentences: string[], level = 0.2) => s.say(who, speak(rng, sentences, level));
  const floor = present.filter((p) => p !== chair && !movers.includes(p));
  const [mover, seconder, pro, con] = rng.sample(floor.length >= 2 ? floor : present.filter((p) => p !== chair), 4);
  const v = mc.layer({ amend: text, chairFirst: chair.first }, vars);
  const moved = mc.one('amend_move', v);
  if (!moved || !mover || !seconder) return false;
  say(mover, [moved], 0.4);
  s.say(seconder, rng.pick(['Second.', "I'll second the amendment.", 'Second on the amendment.', 'Seconded.']));
  say(chair, [mc.line(`{We have an amendment|There's an amendment on the floor}, moved by ${mover.first} and seconded by ${seconder.first}, ${text}. {Discussion on the amendment|Any discussion of the amendment}?`)], 0.1);
  if (pro) say(pro, [mc.one('amend_for', v)], 0.6);
  if (con) say(con, [mc.one('amend_against', v)], 0.6);
  const fails = rng.chance(0.3);
  const abst = present.length >= 6 && rng.chance(0.3) ? 1 : 0;
  // A failed amendment still has its mover's aye; a carried one may draw a nay or two.
  const nays = fails ? Math.floor((present.length - abst) / 2) + 1 : rng.int(0, Math.min(2, present.length - abst - 3));
  const ayes = present.length - nays - abst;
  const result = fails ? '{fails|does not carry|is defeated}' : '{carries|passes|is adopted}';
  say(chair, [mc.line("{Okay|Thank you}. {All those in favor of the amendment|Those in favor of the amendment}, {please say aye|raise your hand}.")], 0.1);
  if (rng.chance(0.5)) s.meta(fails ? '[Scattered ayes]' : '[Chorus of ayes]');
  say(chair, [mc.line('{Opposed|Those opposed}?')], 0);
  if (nays > 0) s.meta(nays === 1 ? '[One nay]' : '[Several nays]');
  say(chair, [mc.fixed(`{The amendment|The amendment|That amendment} ${result} with ${tally(ayes, nays, abst)}.`), mc.line(fails ? '{We\'re back on the main motion as it was moved|The main motion stands as moved}.' : '{We\'re now on the main motion as amended|That brings us back to the main motion, as amended}.')], 0);
  return !fails;
}
