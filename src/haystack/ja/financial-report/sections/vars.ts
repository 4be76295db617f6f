// Names a phrase template may reference: the company's segments, products, materials, markets, countries and partners.
import type { Vars } from '../../../data.js';
import type { JaReportContext } from '../context.js';

/** The company's words as grammar variables (lists are picked from). */
export function worldVars(ctx: JaReportContext, segment?: number): Vars {
  const c = ctx.company;
  const segs = segment === undefined ? c.segments : [c.segments[segment]!];
  return {
    seg: segs.map((s) => s.label),
    product: segs.flatMap((s) => s.products),
    /** The (first) segment's main line: only it is called 主力製品. */
    主力: segs[0]!.products[0]!,
    material: c.materials,
    market: c.markets,
    improve: c.improve,
    eco: c.eco,
    市場: c.markets,
    country: c.subsidiaries.slice(2).map((s) => s.location.replace(/^(タイ|中国|ベトナム|インドネシア|米国|メキシコ|ドイツ|インド|マレーシア|台湾).*/, '$1')),
    auditor: c.auditor,
    bank: c.bank,
    customer: c.customers,
  };
}
