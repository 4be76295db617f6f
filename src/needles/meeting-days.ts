// Which days a transcript series holds a meeting on, read lazily from its schedule: a needle date must fall on none
// of them (a meeting's header prints its date in full). Shared by the transcript needles of every language.

/** A checker `(world, day) => held a meeting that day?` over a series' schedule, memoized per world. */
export function meetingDayChecker<W extends object>(schedule: (world: W) => Iterator<{ day: number }>): (world: W, day: number) => boolean {
  const seen = new WeakMap<W, { days: Set<number>; until: number; it: Iterator<{ day: number }> }>();
  return (world, day) => {
    let m = seen.get(world);
    if (!m) seen.set(world, (m = { days: new Set(), until: -Infinity, it: schedule(world) }));
    while (m.until <= day) {
      const next = m.it.next().value as { day: number };
      m.days.add(next.day);
      m.until = next.day;
    }
    return m.days.has(day);
  };
}
