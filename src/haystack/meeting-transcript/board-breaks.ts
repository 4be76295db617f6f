// The breaks of a board meeting: the lunch recess with its reconvene roll call, and the executive session with its notes.
import { itemVars } from './board-item.js';
import { rollName, type Voters } from './board-motion.js';
import { numberWord, type MeetingContext } from './context.js';
import type { Speaker } from './organization.js';
import type { Session } from './session.js';
import { speak } from './speech.js';

/** "11:42 a.m." for seconds since midnight. */
export function clockTime(sec: number): string {
  const h = Math.floor(sec / 3600) % 24;
  const m = String(Math.floor((sec % 3600) / 60)).padStart(2, '0');
  return `${h % 12 || 12}:${m} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}

// What independent directors take up without management, as the notes record it.
const EXEC_THEMES = [
  "the Chief Executive Officer's goals for <nextYear>", 'succession planning for the senior team', 'the agenda for the <nextMonth> strategy offsite',
  'the performance of <firm> as outside adviser', 'feedback on the quality of the board materials', 'the timing of <project>',
  'director recruiting and the skills matrix', 'the relationship with <vendor>', 'the results of the board self-evaluation', 'the search for a new lead independent director',
];

/** Lunch: the recording pauses, then the secretary calls the roll again. Returns the unrecorded seconds of the recess. */
export function lunch(mc: MeetingContext, s: Session, room: Voters, members: Speaker[], startHour: number, offset: number): number {
  const { rng } = mc;
  const { chair, secretary, present } = room;
  // A clock time ends in "p.m."; the sentence then ends there, not in "p.m..".
  const say = (who: Speaker, sentences: string[], level = 0.2) => s.say(who, speak(rng, sentences, level).replace(/\.\.(?= |$)/g, '.'));
  const wall = (sec: number) => clockTime(sec + startHour * 3600 + offset);
  const length = rng.pick([30, 40, 45, 50, 60]) * 60;
  const back = wall(s.seconds + length);
  say(chair, [mc.line(`{This is a good place to break for lunch|Let's break for lunch here|We'll stop here for lunch}{; it's set up in the next room|. Lunch is in the anteroom|}. {We'll reconvene at|Please be back by|Let's resume at} ${back}.`)]);
  s.meta(`[Lunch recess from ${wall(s.seconds)} to ${back}; recording paused]`);
  s.pause(rng.int(5, 30));
  say(chair, [mc.either(`{Okay, we're back in session|Let's reconvene|Welcome back, everyone}. ${secretary.first}, {would you call the roll again|could we have the roll again, please}{, for the record|, since we broke|}?`, `We're back. The roll, please, ${secretary.first}.`)]);
  for (const m of members) {
    s.say(secretary, rollName(m, chair));
    if (present.includes(m)) s.say(m, rng.pick(['Here.', 'Present.', 'Here.', 'Back. Present.', 'Here, thanks.']));
    else s.say(secretary, rng.pick(['Still absent.', 'No response.', `${m.first} remains excused.`]));
  }
  say(secretary, [mc.fixed(`{All ${numberWord(present.length)} members who were here this morning are back|We still have ${numberWord(present.length)} members}{, so we have a quorum|; that's a quorum|}.`)], 0);
  return length;
}

/** The executive session: management leaves, the recording stops, and notes summarize it. Returns its unrecorded seconds. */
export function executiveSession(mc: MeetingContext, s: Session, room: Voters, ceo: Speaker, startHour: number, offset: number): number {
  const { rng } = mc;
  const { chair } = room;
  const say = (who: Speaker, sentences: string[], level = 0.2) => s.say(who, speak(rng, sentences, level).replace(/\.\.(?= |$)/g, '.'));
  const wall = (sec: number) => clockTime(sec + startHour * 3600 + offset);
  const length = rng.int(15, 45) * 60;
  const v = mc.layer(itemVars(mc));
  const themes = rng.sample(EXEC_THEMES, rng.int(2, 3)).map((t) => mc.g.fill(rng, t, v));
  const list = themes.length === 2 ? themes.join(' and ') : `${themes[0]}, ${themes[1]} and ${themes[2]}`;
  say(chair, [mc.line("{The board will now go into executive session|We'll now move to executive session}{, so I'll ask management to step out|; management, thank you}.")]);
  const start = wall(s.seconds);
  s.pause(rng.int(5, 30));
  const follow = rng.chance(0.6) ? ` The Chair agreed to brief ${ceo.name} by ${mc.shortDate(rng.int(2, 9))}.` : '';
  s.meta(`[Executive session of the independent directors, ${start} to ${wall(s.seconds + length)}, not transcribed. Notes: the directors discussed ${list}. No action was taken.${follow}]`);
  say(chair, [mc.line(`{We're back in open session|Okay, we're back on the record}{ at ${wall(s.seconds + length)}|}. {For the minutes, no action was taken in executive session|Nothing from the executive session requires a vote}.`)]);
  return length;
}
