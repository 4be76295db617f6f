// Writes Items 9, 9A (controls and procedures, the remediated material weakness, the ERP rollout), 9B and 9C.
import { list } from '../writing/english.js';
import { erpOrder, erpWave } from '../figures/operations.js';
import { yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import type { Block } from '../../../types.js';

/** Items 9, 9A, 9B and 9C. */
export function* renderControlsItems(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  yield ctx.heading('Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure', true);
  yield ctx.meta('None.');
  yield* renderControls(ctx);
  yield ctx.heading('Item 9B. Other Information', true);
  yield ctx.para([ctx.say(`During the {fourth quarter|three months ended ${ctx.fyEnd(y.year)}}, {no director or officer|none of our directors or officers} {adopted or terminated|informed us of the adoption or termination of} a {Rule 10b5-1 trading arrangement|trading arrangement intended to satisfy Rule 10b5-1(c)}.`)]);
  yield ctx.heading('Item 9C. Disclosure Regarding Foreign Jurisdictions that Prevent Inspections', true);
  yield ctx.meta('Not applicable.');
}

/** Item 9A of one year's report. */
export function* renderControls(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const acq = y.acquisition;
  const cv = { target: acq?.target ?? '', month: acq?.month ?? '', exclPct: yearRng(c, y.year, 'icfr-excl').int(2, 6) };
  const controls = ctx.g.list('controls').filter((t) => acq || !t.includes('<target>'));
  const ceo = c.officers[0]!;
  const cfo = c.officers[1]!;
  yield ctx.heading('Item 9A. Controls and Procedures', true);
  yield ctx.heading('Evaluation of Disclosure Controls and Procedures');
  yield ctx.para([
    ...controls.slice(0, 2).map((t) => ctx.say(t, cv)),
    ctx.say(`Disclosure controls and procedures are {designed|meant} to ensure that information we must disclose in reports filed under the Securities Exchange Act of 1934 is recorded, processed, summarized and reported within the time periods the rules specify, and that it is {accumulated and communicated|communicated} to management, including ${ceo.name} and ${cfo.name}, {to allow timely decisions about disclosure|so that decisions about required disclosure can be made on time}.`),
  ]);
  yield ctx.heading("Management's Report on Internal Control over Financial Reporting");
  yield ctx.para([
    ctx.say(`{Management|Our management} is responsible for establishing and maintaining adequate internal control over financial reporting, as defined in Rules 13a-15(f) and 15d-15(f) under the Exchange Act.`),
    ctx.say(`{Our internal control over financial reporting|This system} {includes|consists of} policies and procedures that {pertain to|cover} the maintenance of records that accurately reflect our transactions, {provide reasonable assurance|give reasonable assurance} that transactions are recorded as needed to prepare financial statements in accordance with generally accepted accounting principles, and {provide reasonable assurance regarding|address} the prevention or timely detection of unauthorized acquisition, use or disposition of our assets.`),
    ...controls.slice(2).filter((t) => !t.startsWith('{There were no changes')).map((t) => ctx.say(t, cv)),
    ctx.say(`Based on {this assessment|that assessment}, management concluded that our internal control over financial reporting was effective as of <fyEnd>.`),
  ]);
  yield ctx.heading('Report of Independent Registered Public Accounting Firm on Internal Control over Financial Reporting');
  yield ctx.meta(`To the Shareholders and Board of Directors of ${c.name}`);
  yield ctx.para([
    ctx.say(`{We have audited|We audited} ${c.name}'s internal control over financial reporting as of <fyEnd>, based on criteria established in Internal Control, Integrated Framework (2013) issued by the Committee of Sponsoring Organizations of the Treadway Commission (the COSO criteria).`),
    ctx.say(`In our opinion, ${c.short} maintained, in all material respects, effective internal control over financial reporting as of <fyEnd>, based on the COSO criteria.`),
    ...(acq ? [ctx.say(`As indicated in the accompanying Management's Report, {our audit|our audit of internal control over financial reporting} did not include the internal control over financial reporting of ${acq.target}, which was acquired in ${acq.month} ${y.year}.`)] : []),
  ]);
  yield ctx.para([
    ctx.say(`{We conducted our audit|Our audit was conducted} in accordance with the standards of the Public Company Accounting Oversight Board (United States), which require that we plan and perform the audit to obtain reasonable assurance about whether effective internal control over financial reporting was maintained in all material respects.`),
    ctx.say(`{Our audit included|The audit included} obtaining an understanding of internal control over financial reporting, assessing the risk that a material weakness exists, testing and evaluating the design and operating effectiveness of internal control based on the assessed risk, and performing such other procedures as we considered necessary in the circumstances.`),
    ctx.say(`We also audited, in accordance with the same standards, the consolidated financial statements of the Company as of and for the fiscal year ended <fyEnd>, and our report {dated the same date|of the same date} expressed an unqualified opinion on those statements.`),
  ]);
  yield ctx.meta(`/s/ ${c.auditor}\n${c.hqCity}, ${c.hqState}`);
  yield* renderRemediation(ctx);
  yield ctx.heading('Changes in Internal Control over Financial Reporting');
  const wave = erpWave(c, y.year).map((k) => c.properties[k]!);
  const done = Math.min(erpOrder(c).length, 3 * (y.year - c.firstYear + 1));
  yield ctx.para(wave.length ? [
    ctx.say(`During fiscal ${y.year}, we {moved|migrated} our ${list(wave.map((x) => `${x.city} ${x.use}`))} to our new enterprise resource planning system{, bringing the number of converted sites to ${done} of ${erpOrder(c).length}|}.`),
    ctx.say(`{We adjusted|Management modified} the design of {affected controls|controls over order entry, inventory costing and purchasing} {at these sites|at the converted locations} and {tested|evaluated} them {before and after each cutover|during the fourth quarter}{; the conversion was not made in response to any deficiency|}.`),
    ctx.say(`Other than the system conversion, there were no changes in our internal control over financial reporting during the fourth quarter of fiscal ${y.year} that materially affected, or are reasonably likely to materially affect, our internal control over financial reporting.`),
  ] : [
    ctx.say(`{The rollout of our enterprise resource planning system was completed before fiscal ${y.year}|All principal sites were already on our enterprise resource planning system at the start of fiscal ${y.year}}, and {there were no changes in our internal control over financial reporting during the fourth quarter of fiscal ${y.year} that materially affected, or are reasonably likely to materially affect, it|no change in internal control over financial reporting during the fourth quarter materially affected, or is reasonably likely to materially affect, our internal control over financial reporting}.`),
  ]);
}

/** The material weakness reported for fiscal firstYear − 1 and its remediation, told while it is still recent. */
function* renderRemediation(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const age = y.year - c.firstYear;
  if (age > 1) return;
  const r = yearRng(c, 0, 'material-weakness');
  const site = c.properties[erpOrder(c)[0]!]!;
  const seg = site.segment === 'Corporate' ? c.segments[0]!.name : site.segment;
  const what = r.pick(['user access to and program changes in the legacy information systems', 'the review of inventory costing and standard-cost updates', 'the reconciliation of intercompany balances and the review of manual journal entries']);
  yield ctx.heading('Remediation of Previously Reported Material Weakness');
  if (age === 0) {
    yield ctx.para([
      ctx.say(`In our Annual Report on Form 10-K for fiscal ${c.firstYear - 1}, management reported a material weakness in internal control over financial reporting related to ${what} at our ${site.city}, ${site.region} ${site.use}, which supports the ${seg} segment.`),
      ctx.say(`The weakness did not result in any misstatement of our consolidated financial statements{, but it created a reasonable possibility that a material misstatement would not be prevented or detected on a timely basis|}.`),
    ]);
    yield ctx.para([
      ctx.say(`During fiscal ${y.year}, we {hired|added} a ${r.pick(['director of internal controls', 'site controller with public-company experience', 'manager of information technology compliance'])}, {redesigned|rebuilt} the {affected|relevant} controls, removed ${r.int(18, 64)} {inappropriate|excess} user access rights and {trained|retrained} ${r.int(40, 180)} employees {at the site|in ${site.city}}.`),
      ctx.say(`{Management tested|We tested} the {redesigned|new} controls over {two|three} quarters and concluded that they operated effectively{ for a sufficient period|}, and {the material weakness was remediated|we consider the material weakness remediated} as of <fyEnd>.`),
    ]);
  } else {
    yield ctx.para([ctx.say(`The material weakness related to ${what} at our ${site.city} ${site.use}, reported for fiscal ${c.firstYear - 1}, was remediated in fiscal ${c.firstYear}{, and the redesigned controls continued to operate effectively in fiscal ${y.year}|; no similar deficiency was identified in fiscal ${y.year}}.`)]);
  }
}
