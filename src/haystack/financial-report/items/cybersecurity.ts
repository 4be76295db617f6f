// Writes Items 1B (unresolved staff comments) and 1C, Cybersecurity: risk management, governance and the program's specifics.
import { yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import type { Block } from '../../../types.js';

/** Cybersecurity program specifics for Item 1C, fixed per company and varying by year where they would. */
export function* cyberDetail(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const base = yearRng(c, 0, 'cyber');
  const r = yearRng(c, y.year, 'cyber');
  const cto = c.officers.find((o) => o.title.includes('Technology'))!;
  const framework = base.pick(['the NIST Cybersecurity Framework', 'ISO/IEC 27001', 'the Center for Internet Security Critical Security Controls']);
  yield ctx.para([
    ctx.say(`{Our program is aligned with|We measure our program against} ${framework}{, and an outside firm assesses our maturity against it every ${base.int(2, 3)} years|}.`),
    ctx.say(`In fiscal ${y.year}, we ran ${r.int(8, 24)} phishing simulations{ across the workforce|}, {and the click rate fell to|with a click rate of} ${r.float(1.5, 6).toFixed(1)}%{, and we completed ${r.int(2, 6)} tabletop exercises with the executive team|}.`),
    ctx.say(`{Our Chief Information Security Officer reports to|The head of our security team reports to} ${cto.name}, our ${cto.title.replace('Senior Vice President and ', '')}, {who|and ${cto.name.split(' ')[0]}} {briefs|updates} the Audit Committee {each quarter|at every regular meeting}.`),
  ]);
}

/** Items 1B and 1C. */
export function* renderCybersecurity(ctx: ReportContext): Generator<Block> {
  const { rng } = ctx;
  yield ctx.heading('Item 1B. Unresolved Staff Comments', true);
  yield ctx.meta('None.');
  yield ctx.heading('Item 1C. Cybersecurity', true);
  const cv = { cisoYears: rng.int(12, 28) };
  yield ctx.heading('Risk Management and Strategy');
  yield ctx.fromList('cyber', 4, cv);
  yield ctx.heading('Governance');
  yield ctx.fromList('cyber', 3, cv);
  yield* cyberDetail(ctx);
}
