// Chinese and Japanese numerals as digits: 二十三 → 23, 四点一五 → 4.15, 二〇三一 → 2031, 一千二百万 → 12000000.

/** Digit characters (〇 and 零 are zero; 两 is "two" in Chinese counts). */
const DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const SMALL: Record<string, number> = { '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000 };
const LARGE: Record<string, number> = { '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '兆': 1e12 };

/** Characters a numeral is written with. */
export const NUMERAL_CHARS = '〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億兆';
const DIGIT_CHARS = '〇零一二两兩三四五六七八九';

/** Parses a run below 万: 二千三百四十五, 十二, 三百零五. Null when it is not a well-formed numeral. */
function parseSection(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 1e5;
  for (const ch of s) {
    if (ch in DIGIT) {
      if (digit !== null && digit !== 0 && DIGIT[ch] !== 0) return null; // 二三 is no numeral here
      digit = DIGIT[ch]!;
    } else if (ch in SMALL) {
      const unit = SMALL[ch]!;
      if (unit >= lastUnit) return null;
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    } else return null;
  }
  return total + (digit ?? 0);
}

/**
 * The value of an integer numeral: positional digits (二〇三一 → 2031) or with units (一千二百万 → 12000000,
 * 四亿七千三百万 → 473000000, 二十三 → 23). Null when the characters do not form a number.
 */
export function parseIntegerNumeral(s: string): number | null {
  if (s === '') return null;
  if ([...s].every((ch) => ch in DIGIT)) {
    // Positional digits: years and codes (二〇三一), or a single digit.
    return Number([...s].map((ch) => DIGIT[ch]).join(''));
  }
  let total = 0;
  let rest = s;
  for (const [ch, unit] of Object.entries(LARGE).sort((a, b) => b[1] - a[1])) {
    const at = rest.indexOf(ch);
    if (at < 0) continue;
    const head = rest.slice(0, at);
    const value = head === '' ? 1 : parseSection(head.replace(/^零/, ''));
    if (value === null) return null;
    total += value * unit;
    rest = rest.slice(at + 1);
  }
  if (rest !== '') {
    const value = parseSection(rest.replace(/^零/, ''));
    if (value === null) return null;
    total += value;
  }
  return total;
}

/** Decimals written digit by digit after 点 or ・: 一五 → "15". */
function decimalDigits(s: string): string | null {
  return [...s].every((ch) => ch in DIGIT) ? [...s].map((ch) => String(DIGIT[ch])).join('') : null;
}

/** What may follow a numeral for it to be a number rather than part of a word (一般, 三菱, 千葉, 十分に). */
const UNIT_AFTER =
  '(?:倍|%|パーセント|割|厘|年|月|日|号|時(?!間)|点|円|元|ドル|美元|ユーロ|欧元|件|人|名|起|个|個|つ|社|台|回|次|家|项|項|宗|位|か所|カ所|ヶ所|ケ所|箇所|ヵ所|店|拠点|期|週|周|季度|四半期|歳|岁|株|票|枚|本|隻|艘|辆|条|股|項目|分|秒|万|萬|亿|億|兆|千|百|十)';

/**
 * Rewrites Chinese/Japanese numerals as Arabic digits where they stand for a number: before a unit or counter
 * (四点一五倍, 二十三件, 二〇三一年四月三日, 一千二百万元, 十二点五%), never inside words such as 一般, 三菱, 千葉,
 * 統一 or 十分に. Decimals after 点 (Chinese) or ・ (Japanese) are kept: 四・一五倍 → 4.15倍.
 */
export function rewriteNumerals(text: string): string {
  const run = `[${NUMERAL_CHARS}]+`;
  const decimal = `(?:[点・][${DIGIT_CHARS}]+)?`;
  const re = new RegExp(`(${run})(${decimal})(?=${UNIT_AFTER})`, 'g');
  return text.replace(re, (m, int: string, dec: string, offset: number, whole: string) => {
    // Inside a word: 統一, 唯一, 同一, 万一, 一部, 第一 stays (an ordinal is no amount, but 第1 reads the same).
    const before = whole.slice(Math.max(0, offset - 1), offset);
    if (/[統统唯同万]$/.test(before) && int.length === 1) return m;
    const next = whole.slice(offset + m.length, offset + m.length + 1);
    const hasDigit = [...int].some((ch) => ch in DIGIT);
    // A bare unit word with no digit (千円, 百万円) is a unit, not a number; 十分 is "enough"; 一時 is "for a while".
    if (!hasDigit && !/^[十拾]/.test(int)) return m;
    if (next === '分' && !hasDigit) return m;
    if (int === '一' && next === '時' && !/(?:午前|午後|上午|下午)$/.test(whole.slice(Math.max(0, offset - 2), offset))) return m;
    // Trailing 万/億/千/百 followed by a currency are kept for the unit rules (一千二百万元 → 1200万元 is the same).
    const value = parseIntegerNumeral(int);
    if (value === null) return m;
    if (dec) {
      const digits = decimalDigits(dec.slice(1));
      if (digits === null) return m;
      return `${value}.${digits}`;
    }
    return String(value);
  });
}
