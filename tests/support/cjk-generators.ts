// Sample ja/zh generators and needle templates, registered for the length of a test so the --lang plumbing can be
// tested in process independently of the real generators (which live under src/haystack/<lang>/<kind>/ and
// src/needles/<lang>/<kind>/); a test that registers these puts the real ones back afterwards.

import { GENERATORS_BY_LANG } from '../../src/haystack/generators.js';
import type { HaystackGenerator } from '../../src/haystack/generator.js';
import { TEMPLATES_BY_LANG } from '../../src/needles/builtin.js';
import type { WorldTemplate } from '../../src/needles/template.js';
import type { Block, HaystackKind } from '../../src/types.js';
import { cjkProse, cjkTranscript } from './cjk-sample.js';

type CjkLang = 'ja' | 'zh';

const SECTIONS: Record<CjkLang, Record<HaystackKind, string>> = {
  ja: { 'financial-report': '事業の状況', 'meeting-transcript': '取締役会' },
  zh: { 'financial-report': '管理层讨论与分析', 'meeting-transcript': '董事会' },
};

/** A sample generator: prose paragraphs (a report) or turns (a transcript), endless, from the seed. */
export function sampleGenerator(lang: CjkLang, kind: HaystackKind): HaystackGenerator {
  const section = SECTIONS[lang][kind];
  return {
    kind,
    lang,
    facts: [],
    world: (seed) => ({ seed, lang }),
    *blocks(seed) {
      for (let part = 0; ; part++) {
        const text = kind === 'financial-report' ? cjkProse(lang, seed * 1000 + part, 4000) : cjkTranscript(lang, seed * 1000 + part, 4000);
        for (const piece of text.split('\n\n')) {
          const turn = /^(.+?) \[(\d{2}:\d{2}:\d{2})\]: /.exec(piece);
          const block: Block = turn
            ? { kind: 'turn', text: piece, section, time: turn[2], speakers: [turn[1]!] }
            : { kind: 'paragraph', text: piece, section };
          yield block;
        }
      }
    },
  };
}

/** A sample needle template: a bonus approved for a site manager, with a value range the sample text never uses. */
export function sampleTemplate(lang: CjkLang, kind: HaystackKind): WorldTemplate<unknown, { amount: number; site: string }> {
  const ja = lang === 'ja';
  return {
    id: `${lang}-${kind === 'financial-report' ? 'fin' : 'mtg'}-sample-bonus`,
    kind,
    lang,
    competes: [],
    sections: [SECTIONS[lang][kind].toLowerCase()],
    draw: (rng) => ({ amount: rng.int(101, 999) * 10 + 7, site: rng.pick(ja ? ['釧路', '姫路', '宇部'] : ['绵阳', '柳州', '蚌埠']) }),
    render: ({ amount, site }) => {
      const value = ja ? `${amount}万円` : `${amount}万元`;
      return ja
        ? {
            text: `監査等委員会は、${site}事業所長に対する${value}の特別賞与を承認しました。`,
            lexical: `${site}事業所長に対する特別賞与の額はいくらですか？`,
            paraphrased: '現場責任者へのボーナスはいくらでしたか？',
            answers: [value],
            distractors: [],
            speakerRoles: [],
          }
        : {
            text: `审计委员会批准向${site}基地负责人发放${value}的特别奖金。`,
            lexical: `${site}基地负责人的特别奖金是多少？`,
            paraphrased: '厂区一把手拿到的额外激励有多少钱？',
            answers: [value],
            distractors: [],
            speakerRoles: [],
          };
    },
  };
}

/**
 * Registers the sample generator and template of every ja/zh kind in place of what is registered (so tests of the
 * plumbing do not depend on the real generators' text); returns a function that puts the originals back.
 */
export function registerSampleLanguages(): () => void {
  const undo: Array<() => void> = [];
  for (const lang of ['ja', 'zh'] as const) {
    for (const kind of ['financial-report', 'meeting-transcript'] as const) {
      const generator = GENERATORS_BY_LANG[lang][kind];
      const templates = TEMPLATES_BY_LANG[lang][kind];
      GENERATORS_BY_LANG[lang][kind] = sampleGenerator(lang, kind);
      TEMPLATES_BY_LANG[lang][kind] = [sampleTemplate(lang, kind) as WorldTemplate];
      undo.push(() => {
        if (generator) GENERATORS_BY_LANG[lang][kind] = generator;
        else delete GENERATORS_BY_LANG[lang][kind];
        if (templates) TEMPLATES_BY_LANG[lang][kind] = templates;
        else delete TEMPLATES_BY_LANG[lang][kind];
      });
    }
  }
  return () => undo.forEach((u) => u());
}
