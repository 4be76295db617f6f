// Clock times as Japanese headers print them: 午前10時00分, 14:00.

/** `午前10時00分` / `午後1時05分` from minutes after midnight. */
export function jaClock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const pm = h >= 12;
  const h12 = pm ? (h === 12 ? 0 : h - 12) : h;
  return `${pm ? '午後' : '午前'}${h12}時${String(m).padStart(2, '0')}分`;
}

/** `14:00`. */
export function hhmm(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
