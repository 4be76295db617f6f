// Sample Japanese and Chinese business prose and transcript turns for infrastructure tests (sentence cuts, frames,
// counts, the keyword baseline, the fake server). Not a haystack generator: the real ones live under
// src/haystack/<lang>/<kind>/; this only needs sentences that read like those documents, numbers and names included.

import type { Lang } from '../../src/types.js';
import { createRng } from '../../src/util/rng.js';

const JA_PATTERNS = [
  '当連結会計年度における{seg}事業の売上高は{m}百万円（前期比{p}%増）となりました。',
  '{site}工場では、生産設備の更新により稼働率が{p}%まで改善しました。',
  '当社は、{year}年{mo}月{d}日開催の取締役会において、{seg}事業の再編を決議いたしました。',
  '営業利益は{m}百万円となり、営業利益率は前期から{p}ポイント上昇しました。',
  '{name}取締役は、{site}拠点の人員計画について説明し、質疑応答を行いました。',
  '為替相場の変動は、当社グループの経営成績に影響を及ぼす可能性があります。',
  '当期の設備投資額は{m}百万円であり、主に{site}工場の増設に充当しました。',
  '従業員数は{n}名となり、前期末に比べて{k}名増加しました。',
  '「{seg}事業の採算は改善していますか？」との質問に対し、{name}常務が回答しました。',
  '有利子負債の残高は{m}百万円となり、自己資本比率は{p}%となりました。',
];

const ZH_PATTERNS = [
  '报告期内，公司{seg}业务实现营业收入{m}万元，同比增长{p}%。',
  '{site}生产基地完成了设备升级，产能利用率提升至{p}%。',
  '公司于{year}年{mo}月{d}日召开董事会，审议通过了{seg}业务重组的议案。',
  '报告期内，公司归属于上市公司股东的净利润为{m}万元。',
  '{name}董事就{site}基地的人员安排作了说明，并回答了与会人员的提问。',
  '汇率波动可能对公司的经营业绩产生一定影响。',
  '本年度资本性支出为{m}万元，主要用于{site}基地的扩建。',
  '截至报告期末，公司在职员工共{n}人，较上年末增加{k}人。',
  '“{seg}业务的毛利率是否有所改善？”对于这一提问，{name}总经理作了回答。',
  '公司资产负债率为{p}%，较上年末下降{k}个百分点。',
];

const JA_WORDS = {
  seg: ['電子部品', '産業機械', '化学品', '物流', '住宅設備', '医療機器'],
  site: ['岡山', '郡山', '豊橋', '北九州', '小牧', '鶴岡'],
  name: ['佐藤', '高橋', '田中', '渡辺', '伊藤', '中村'],
};

const ZH_WORDS = {
  seg: ['电子元件', '工业设备', '精细化工', '物流', '家居建材', '医疗器械'],
  site: ['苏州', '合肥', '东莞', '成都', '烟台', '长沙'],
  name: ['王', '李', '张', '刘', '陈', '杨'],
};

/** Prose of about `chars` characters in the language, paragraphs of three to six sentences, drawn from the seed. */
export function cjkProse(lang: Exclude<Lang, 'en'>, seed: number, chars: number): string {
  const rng = createRng(seed).fork(`cjk-sample-${lang}`);
  const patterns = lang === 'ja' ? JA_PATTERNS : ZH_PATTERNS;
  const words = lang === 'ja' ? JA_WORDS : ZH_WORDS;
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const n = 3 + rng.int(0, 3);
    let paragraph = '';
    for (let i = 0; i < n; i++) paragraph += fill(rng.pick(patterns), words, rng);
    paragraphs.push(paragraph);
    total += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** Transcript turns (`<label> [HH:MM:SS]: <text>`) of about `chars` characters. */
export function cjkTranscript(lang: Exclude<Lang, 'en'>, seed: number, chars: number): string {
  const rng = createRng(seed).fork(`cjk-turns-${lang}`);
  const patterns = lang === 'ja' ? JA_PATTERNS : ZH_PATTERNS;
  const words = lang === 'ja' ? JA_WORDS : ZH_WORDS;
  const labels = lang === 'ja' ? ['議長（佐藤）', '高橋取締役', '田中監査役', '渡辺部長'] : ['主持人（王）', '李董事', '张监事', '刘经理'];
  const turns: string[] = [];
  let total = 0;
  let clock = 0;
  while (total < chars) {
    clock += 5 + rng.int(0, 40);
    const text = fill(rng.pick(patterns), words, rng) + fill(rng.pick(patterns), words, rng);
    const turn = `${rng.pick(labels)} [${hms(clock)}]: ${text}`;
    turns.push(turn);
    total += turn.length + 2;
  }
  return turns.join('\n\n');
}

function fill(pattern: string, words: Record<'seg' | 'site' | 'name', string[]>, rng: ReturnType<typeof createRng>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'm':
        return rng.int(1, 99).toLocaleString('en-US') + ',' + String(rng.int(0, 999)).padStart(3, '0');
      case 'p':
        return `${rng.int(1, 30)}.${rng.int(0, 9)}`;
      case 'year':
        return String(rng.int(2024, 2030));
      case 'mo':
        return String(rng.int(1, 12));
      case 'd':
        return String(rng.int(1, 28));
      case 'n':
        return rng.int(200, 9000).toLocaleString('en-US');
      case 'k':
        return String(rng.int(2, 90));
      default:
        return rng.pick(words[key as 'seg' | 'site' | 'name']);
    }
  });
}

function hms(total: number): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(total / 3600))}:${p(Math.floor((total % 3600) / 60))}:${p(total % 60)}`;
}
