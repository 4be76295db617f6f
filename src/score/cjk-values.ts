// Japanese and Chinese value forms rewritten into the forms the value rules read: 4億7,300万円 → 473000000 yen,
// 令和13年4月3日 → 2031-04-03, 午後2時30分 → 2:30 pm, 3割2分 → 32%, 4.15倍 → 4.15x, 百分之十二点五 → 12.5%.

import { NUMERAL_CHARS, rewriteNumerals } from './cjk-numerals.js';
import { hasCjk } from './cjk-text.js';


const NUM = '\\d+(?:\\.\\d+)?';
/** Not glued to a longer number or a code (`PAY-4821`). */
const LEFT = '(?<![\\d.a-z])';

/** Years of the first day of each Japanese era, minus one: 令和1年 = 2019. */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const CURRENCY: Record<string, string> = {
  円: 'yen', 日元: 'yen', 日円: 'yen', 元: 'cny', 人民币: 'cny', 人民币元: 'cny', 人民幣: 'cny', 块: 'cny', 塊: 'cny',
  ドル: 'dollars', 米ドル: 'dollars', 美元: 'dollars', ユーロ: 'euros', 欧元: 'euros', ポンド: 'pounds', 英镑: 'pounds',
  港元: 'hkd', 港币: 'hkd', 香港ドル: 'hkd',
};
const CURRENCY_WORDS = Object.keys(CURRENCY).sort((a, b) => b.length - a.length).join('|');
/** Multipliers written before the currency in tables and reports: 百万円, 千円, 万元. */
const MULTIPLIER: Record<string, number> = { 千: 1e3, 万: 1e4, 萬: 1e4, 十万: 1e5, 百万: 1e6, 百萬: 1e6, 千万: 1e7, 千萬: 1e7, 亿: 1e8, 億: 1e8, 兆: 1e12 };
/** Counters after a number: a count of things, not money (1.2万人, 3億株). */
const COUNTER = '(?:人|名|件|起|个|個|社|台|回|次|家|项|項|宗|位|株|股|票|枚|本|辆|条|店|か所|カ所|ヶ所|箇所|拠点|口|世帯|户|戸|トン|吨|平方)';

/** Duration units and the English word the value rules read; longer spellings first (分钟 before 分). */
const DURATIONS: Array<[string, string]> = [
  ['ミリ秒|毫秒', 'milliseconds'],
  ['秒钟|秒鐘|秒間|秒', 'seconds'],
  ['分钟|分鐘|分間|分(?![之割野析配别別布類类数數解散担母子量店社公行局期红紅钱錢享]|の\\s*\\d)', 'minutes'],
  ['小时|小時|钟头|鐘頭|時間', 'hours'],
  ['日間|日(?!に|まで|から|付|号|號|以降|以前)|天', 'days'],
  ['週間|星期|礼拜|禮拜|周(?!年|一|二|三|四|五|六|日|末)|週(?!年|末)', 'weeks'],
  ['か月|ヶ月|カ月|ケ月|箇月|个月|個月', 'months'],
  ['年間|年半', 'years'],
];
const DURATION_UNIT = DURATIONS.map(([forms]) => `(${forms})`).join('|');

/** 183毫秒 → "183 milliseconds", 1時間半 → "1.5 hours", 1个半小时 → "1.5 hours", 3年間 → "3 years". */
function duration(m: RegExpMatchArray): string | null {
  const i = DURATIONS.findIndex((_, k) => m[3 + k] !== undefined);
  if (i < 0) return null;
  const written = m[3 + i]!;
  const half = m[2] !== undefined || m[3 + DURATIONS.length] !== undefined || written === '年半' ? 0.5 : 0;
  return ` ${fix(Number(m[1]) + half)} ${DURATIONS[i]![1]} `;
}

function fix(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** A money or count amount written with 万/億/亿/兆 parts and an optional multiplier: 4億7300万, 1.2千万, 47300百万. */
function amountOf(parts: string, multiplier: string | undefined): number | null {
  let total = 0;
  let last = Infinity;
  let rest = parts.replace(/\s+/g, '');
  for (const m of rest.matchAll(new RegExp(`(${NUM})([兆億亿万萬])`, 'g'))) {
    const unit = MULTIPLIER[m[2]!]!;
    if (unit >= last) return null;
    total += Number(m[1]) * unit;
    last = unit;
  }
  rest = rest.replace(new RegExp(`${NUM}[兆億亿万萬]`, 'g'), '');
  if (rest !== '') total += Number(rest);
  return total * (multiplier ? MULTIPLIER[multiplier]! : 1);
}

function month(m: number): string | null {
  return m >= 1 && m <= 12 ? MONTHS[m - 1]! : null;
}

/** Time of day with a Chinese/Japanese meridiem word. */
function clock(meridiem: string | undefined, h: number, min: number): string | null {
  if (h > 24 || min > 59) return null;
  const mm = String(min).padStart(2, '0');
  if (!meridiem) return `${h}:${mm}`;
  const pm = /午後|下午|晚上|夜|傍晚|夕方/.test(meridiem);
  if (h > 12) return `${h}:${mm}`;
  // 中午12点 and 中午1点 are after noon.
  if (/中午|正午|昼/.test(meridiem)) return `${h}:${mm} ${h === 12 || h < 6 ? 'pm' : 'am'}`;
  return `${h === 0 ? 12 : h}:${mm} ${pm ? 'pm' : 'am'}`;
}

const REWRITES: Array<[RegExp, (m: RegExpMatchArray) => string | null]> = [
  // Japanese eras: 令和13年 = 2031, 令和元年 = 2019.
  [/(令和|平成|昭和)\s*(\d{1,2}|元)\s*年/g, (m) => `${ERAS[m[1]!]! + (m[2] === '元' ? 1 : Number(m[2]))}年`],
  // Full dates: 2031年4月3日, 2031年4月3号 → ISO (2031/4/3 is read by the value rules).
  [
    new RegExp(`${LEFT}(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]`, 'g'),
    (m) => (month(Number(m[2])) ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null),
  ],
  // A month of a year (2031年4月, also 2031年3月期): "apr 2031".
  [new RegExp(`${LEFT}(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d)`, 'g'), (m) => (month(Number(m[2])) ? `${month(Number(m[2]))} ${m[1]} ` : null)],
  // A day of a month: 4月3日 → "apr 3".
  [new RegExp(`${LEFT}(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]`, 'g'), (m) => (month(Number(m[1])) ? ` ${month(Number(m[1]))} ${Number(m[2])} ` : null)],
  // Ratios in tenths: 3割2分5厘 = 32.5%.
  [
    new RegExp(`${LEFT}(\\d{1,2})\\s*割(?:\\s*(\\d)\\s*分)?(?:\\s*(\\d)\\s*厘)?`, 'g'),
    (m) => `${fix(Number(m[1]) * 10 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 10)}%`,
  ],
  // Times: 午後2時30分, 14時半, 下午2点30分 (点 only with minutes, 半, 钟 or a meridiem word).
  [
    new RegExp(`(午前|午後|上午|下午|中午|正午|晚上|早上|夜|朝|夕方|傍晚)?\\s*${LEFT}(\\d{1,2})\\s*(時|点|點)\\s*(?:(\\d{1,2})\\s*分(?!間|钟|鐘)|(半)|(钟|整|ちょうど))?(?!間|点|期|代|半)`, 'g'),
    (m) => {
      if (m[3] !== '時' && !m[1] && m[4] === undefined && !m[5] && !m[6]) return null;
      return clock(m[1], Number(m[2]), m[5] ? 30 : Number(m[4] ?? 0));
    },
  ],
  // Durations: 183毫秒, 1.2秒, 5分钟, 3个小时, 1時間半, 1个半小时, 30日間, 3天, 2週間, 6か月, 3年間 (clock times and 割/分 were read above).
  [new RegExp(`(?<!第)${LEFT}(${NUM})\\s*(?:个|個)?\\s*(半)?\\s*(?:${DURATION_UNIT})(半)?`, 'g'), duration],
  // Half an hour: 半小时, 半个小时, 30分 is read above.
  [/(?<![\d半])半\s*(?:个|個)?\s*(?:小时|小時|钟头|鐘頭)|(?<![\d半])半時間/g, () => ' 0.5 hours '],
  // Percentages: パーセント, ％ (already %), percentage points: ポイント, 个百分点.
  [new RegExp(`${LEFT}(${NUM})\\s*(?:パーセント|プロ(?!ジ))`, 'g'), (m) => `${m[1]}%`],
  [new RegExp(`${LEFT}(${NUM})\\s*(?:个|個)?\\s*(?:百分点|百分點|パーセントポイント|ポイント)`, 'g'), (m) => `${m[1]} percentage points`],
  // Multiples: 4.15倍 → 4.15x.
  [new RegExp(`${LEFT}(${NUM})\\s*倍`, 'g'), (m) => `${m[1]}x`],
  // Money and large counts: 4億7300万円, 47300百万円, 4.73亿元, 4730万元, 1.2千万元, 473000000円, 1.2万人.
  [
    new RegExp(`${LEFT}((?:${NUM}\\s*[兆億亿万萬]\\s*)+(?:${NUM}(?![\\d.]))?|${NUM})\\s*(千万|千萬|百万|百萬|十万|千)?\\s*(${CURRENCY_WORDS}|${COUNTER})?`, 'g'),
    (m) => {
      const hasUnit = /[兆億亿万萬]/.test(m[1]!) || m[2] !== undefined;
      const unit = m[3];
      if (!hasUnit && (unit === undefined || !(unit in CURRENCY))) return null;
      if (m[2] !== undefined && unit === undefined) return null; // 47300百 alone is no amount
      const value = amountOf(m[1]!, m[2]);
      if (value === null) return null;
      if (unit !== undefined && unit in CURRENCY) return ` ${fix(value)} ${CURRENCY[unit]} `;
      if (unit !== undefined) return `${fix(value)}${unit}`;
      // An amount with a scale and no currency: "4.73亿" is 473 million.
      return value >= 1e6 ? ` ${fix(value / 1e6)} million ` : ` ${fix(value / 1e3)} thousand `;
    },
  ],
];

/** 百分之十二点五 / 百分之12.5 → 12.5% (before numerals are rewritten, so 百 is not read as a hundred). */
function percentWords(text: string): string {
  const numeral = `[${NUMERAL_CHARS}]+(?:[点點][〇零一二两三四五六七八九]+)?`;
  return text.replace(new RegExp(`百分之\\s*(${numeral}|${NUM})`, 'g'), (_m, n: string) => `${rewriteNumerals(`${n}%`)}`);
}

/**
 * Rewrites the value forms of Chinese and Japanese text (numerals, 万/億/亿 amounts with 円/元, 年月日 dates and
 * eras, 時/点 times, 割/分, 倍, パーセント, 百分之, 个百分点) into the forms the value rules read. Text without
 * Chinese or Japanese characters is returned unchanged.
 */
export function rewriteCjkValues(text: string): string {
  if (!hasCjk(text)) return text;
  let s = rewriteNumerals(percentWords(text));
  for (const [re, build] of REWRITES) s = s.replace(re, (...args) => build(args as unknown as RegExpMatchArray) ?? (args[0] as string));
  return s;
}
