// Writes Items 5 (market for the common equity, repurchases, stock prices, equity plans, performance graph) and 6.
import { repurchasedShares, sharesRepurchasedThousands } from '../figures/earnings.js';
import { longDate } from '../calendar.js';
import { yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, dollars, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** Items 5 and 6 of one year's report. */
export function* renderMarket(ctx: ReportContext): Generator<Block> {
  const { c, y, p, rng } = ctx;
  yield ctx.meta('PART II');
  yield ctx.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities", true);
  yield ctx.para([
    ctx.say(`Our common stock {is listed|trades} on the ${c.exchange} under the {symbol|ticker symbol} "${c.ticker}."`),
    ctx.say(`{At|As of} ${longDate(ctx.cal.recordDate(y.year))}, there were {approximately |}${y.holders.toLocaleString('en-US')} holders of record of our common stock{, a figure that excludes beneficial owners holding shares in street name|}.`),
    ctx.say(`{We paid|The Company paid} {cash |}dividends of ${dollars(y.dps)} per share in fiscal ${y.year}, {compared with|up from} ${dollars(p.dps)} per share in fiscal ${p.year}.`),
    ctx.say('{Future dividends|The declaration of future dividends} {are|is} at the discretion of the board of directors and will depend on {our earnings, cash flows and financial condition|earnings, capital requirements and other factors the board considers relevant}.'),
  ]);
  const months = rng.int(0, 1) ? ['October', 'November', 'December'] : ['first month', 'second month', 'third month'];
  // Fourth-quarter purchases are part of the year's, in thousands of shares.
  const total = Math.round(sharesRepurchasedThousands(y) * rng.float(0.2, 0.35));
  const a = Math.round(total * rng.float(0.2, 0.4));
  const b = Math.round(total * rng.float(0.2, 0.4));
  const parts = [a, b, total - a - b];
  const authRemaining = Math.round(y.sales * rng.float(0.05, 0.15));
  const authorization = ctx.states('equity.repurchase-authorization');
  const prices = parts.map(() => dollars(y.price * rng.float(0.94, 1.06)));
  if (total > 0) {
    yield ctx.table(table(`Issuer purchases of equity securities, fourth quarter of fiscal ${y.year}`, ['Period', 'Shares purchased (thousands)', 'Average price paid per share', ...(authorization ? ['Approximate value that may yet be purchased (in millions)'] : [])],
      parts.map((n, i) => [months[i]!, n.toLocaleString('en-US'), prices[i]!, ...(authorization ? [`$${amount(authRemaining + Math.round(((parts.slice(i + 1).reduce((s, x) => s + x, 0)) * y.price) / 100))}`] : [])])));
  }
  const shares = repurchasedShares(y);
  yield ctx.para([
    shares ? ctx.say(`{During|In} fiscal ${y.year}, we repurchased ${shares} {for|at a cost of} $${amount(-y.cf.buybacks)} million{ under our share repurchase program|}.`) : ctx.say(`We did not repurchase any shares in fiscal ${y.year}.`),
    authorization && ctx.states('equity.repurchase-authorization') ? ctx.say(`{At|As of} ${ctx.fyEnd(y.year)}, {approximately |}$${amount(authRemaining)} million remained available under the {repurchase authorization|program approved by the board}{, which has no expiration date|}.`) : '',
  ]);
  const Q = ['First quarter', 'Second quarter', 'Third quarter', 'Fourth quarter'];
  const cents = Math.round(y.dps * 100);
  const qd = [0, 1, 2].map(() => Math.floor(cents / 4));
  qd.push(cents - qd[0]! * 3);
  yield ctx.table(table(`Quarterly stock prices and dividends, fiscal ${y.year}`, ['Quarter', 'High', 'Low', 'Dividends declared per share'], [
    ...Q.map((q, k) => [q, dollars(y.priceHigh[k]!), dollars(y.priceLow[k]!), dollars(qd[k]! / 100)]), ['Fiscal year', dollars(Math.max(...y.priceHigh)), dollars(Math.min(...y.priceLow)), dollars(y.dps)],
  ]));
  const hiQ = y.priceHigh.indexOf(Math.max(...y.priceHigh));
  yield ctx.para([ctx.say(`{Our shares|The stock} {reached|set} {their|its} high for the year of ${dollars(y.priceHigh[hiQ]!)} in the ${['first', 'second', 'third', 'fourth'][hiQ]} quarter and closed fiscal ${y.year} at ${dollars(y.price)}{, compared with ${dollars(p.price)} a year earlier|}.`)]);
  yield* equityPlanTable(ctx);
  yield ctx.heading('Performance Graph');
  const ret = [100];
  const idx1 = [100];
  const idx2 = [100];
  for (let i = 1; i < 6; i++) {
    ret.push(Math.round(ret[i - 1]! * rng.float(0.85, 1.3)));
    idx1.push(Math.round(idx1[i - 1]! * rng.float(0.9, 1.25)));
    idx2.push(Math.round(idx2[i - 1]! * rng.float(0.88, 1.22)));
  }
  const years = [0, 1, 2, 3, 4, 5].map((i) => String(y.year - 5 + i));
  yield ctx.para([ctx.say(`The {graph|table} below compares the cumulative total shareholder return on our common stock with {a broad market index|the S&P 500 Index} and {an index of <industry> peers|a peer group index} {for|over} the five fiscal years ended ${ctx.fyEnd(y.year)}{, assuming $100 invested at the start of the period and reinvestment of dividends|}.`)]);
  yield ctx.table(table(null, ['', ...years], [[c.short, ...ret.map(String)], ['S&P 500 Index', ...idx1.map(String)], [`${c.industry.name} peer index`, ...idx2.map(String)]]));
  yield ctx.heading('Item 6. [Reserved]', true);
  yield ctx.meta('Not applicable.');
}

/** Securities authorized for issuance under equity compensation plans (Item 5). */
export function* equityPlanTable(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const r = yearRng(c, y.year, 'equity-plans');
  const out = Math.round(y.basicShares * r.float(1.2, 1.8)) / 1000;
  const avail = Math.round(y.basicShares * r.float(2, 5)) / 1000;
  yield ctx.table(table(`Equity compensation plan information at ${ctx.fyEnd(y.year)}`, ['Plan category', 'Securities to be issued on exercise or vesting (millions)', 'Weighted-average exercise price', 'Securities remaining available (millions)'], [
    ['Plans approved by shareholders', out.toFixed(2), dollars(y.price * r.float(0.6, 0.85)), avail.toFixed(2)], ['Plans not approved by shareholders', '—', '—', '—'], ['Total', out.toFixed(2), '', avail.toFixed(2)],
  ]));
}
