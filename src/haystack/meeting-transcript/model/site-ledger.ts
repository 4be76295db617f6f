// Monthly operating figures of each plant and distribution center: output, delivery, scrap, overtime, injuries.
import type { Rng } from '../../../util/rng.js';
import type { Organization, Site } from './organization.js';

/** One site's figures for one calendar month. */
export interface SiteMonth {
  site: Site;
  /** Months since year 0 (year × 12 + month). */
  month: number;
  headcount: number;
  /** Units shipped (plants) or order lines shipped (distribution centers). */
  units: number;
  /** On-time delivery, percent. */
  onTime: number;
  /** Scrap as a percent of material cost (plants). */
  scrap: number;
  /** First-pass yield, percent (plants). */
  yield: number;
  overtimeHours: number;
  recordables: number;
  hoursWorked: number;
}

/** Figures over several months of one site. */
export interface SitePeriod {
  site: Site;
  months: SiteMonth[];
  units: number;
  onTime: number;
  scrap: number;
  yield: number;
  overtimeHours: number;
  recordables: number;
  hoursWorked: number;
  /** Recordable incidents per 200,000 hours worked. */
  recordableRate: number;
}

/** Site figures drawn once per site and month from their own fork (the same number in every meeting that quotes it). */
export class SiteLedger {
  private readonly cache = new Map<string, SiteMonth>();
  private readonly profile = new Map<Site, { headcount: number; units: number; onTime: number; scrap: number; yield: number; risk: number }>();

  constructor(private readonly org: Organization, private readonly rng: Rng) {
    for (const s of org.sites) {
      if (s.kind === 'office') continue;
      const r = rng.fork(`profile-${s.city}`);
      const plant = s.kind === 'plant';
      this.profile.set(s, {
        headcount: plant ? r.int(180, 1400) : r.int(60, 340),
        units: plant ? r.int(2_000, 60_000) : r.int(40_000, 400_000),
        onTime: r.float(86, 97),
        scrap: plant ? r.float(1.1, 4.8) : 0,
        yield: plant ? r.float(90, 98.5) : 0,
        risk: r.float(0.4, 2.2),
      });
    }
  }

  /** Sites with figures (plants and distribution centers). */
  get sites(): Site[] {
    return [...this.profile.keys()];
  }

  /** Figures of a site for a month. */
  month(site: Site, month: number): SiteMonth {
    const key = `${site.city}/${site.kind}/${month}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const p = this.profile.get(site);
    if (!p) throw new Error(`no figures for ${site.city} ${site.kind}`);
    const r = this.rng.fork(key);
    const headcount = Math.round(p.headcount * r.float(0.97, 1.03));
    const hoursWorked = Math.round(headcount * r.float(158, 176));
    // Recordables: a Poisson-like count whose mean follows the site's rate (per 200,000 hours).
    const mean = (p.risk * hoursWorked) / 200_000;
    let recordables = 0;
    for (let x = r.next(), acc = Math.exp(-mean), k = 0; x > acc && k < 12; k++) {
      x -= acc;
      acc *= mean / (k + 1);
      recordables++;
    }
    const m: SiteMonth = {
      site, month, headcount, hoursWorked, recordables,
      units: Math.round(p.units * r.float(0.85, 1.15)),
      onTime: Math.min(99.6, p.onTime + r.float(-3.5, 2.5)),
      scrap: site.kind === 'plant' ? Math.max(0.4, p.scrap + r.float(-0.6, 0.6)) : 0,
      yield: site.kind === 'plant' ? Math.min(99.7, p.yield + r.float(-1.5, 1.2)) : 0,
      overtimeHours: Math.round(hoursWorked * r.float(0.04, 0.16)),
    };
    this.cache.set(key, m);
    return m;
  }

  /** Figures of a site over consecutive months `[from, to]`. */
  period(site: Site, from: number, to: number): SitePeriod {
    const months = Array.from({ length: to - from + 1 }, (_, i) => this.month(site, from + i));
    const sum = (f: (m: SiteMonth) => number) => months.reduce((a, m) => a + f(m), 0);
    const hoursWorked = sum((m) => m.hoursWorked);
    const units = sum((m) => m.units);
    const recordables = sum((m) => m.recordables);
    return {
      site, months, units, hoursWorked, recordables,
      onTime: sum((m) => m.onTime * m.units) / units,
      scrap: sum((m) => m.scrap) / months.length,
      yield: sum((m) => m.yield) / months.length,
      overtimeHours: sum((m) => m.overtimeHours),
      recordableRate: (recordables * 200_000) / hoursWorked,
    };
  }
}
