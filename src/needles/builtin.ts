// The built-in needle library: picks a template for a haystack kind and turns one draw into Needles.
import type { HaystackKind, Needle } from '../types.js';
import { TEMPLATE_SECTIONS } from './sections.js';
import type { Rng } from '../util/rng.js';
import { REPORT_TEMPLATES_A } from './report-templates-a.js';
import { REPORT_TEMPLATES_B } from './report-templates-b.js';
import type { NeedleDraw, NeedleSetName, NeedleTemplate, QuestionVariant } from './template.js';
import { TRANSCRIPT_TEMPLATES_A } from './transcript-templates-a.js';
import { TRANSCRIPT_TEMPLATES_B } from './transcript-templates-b.js';

const TEMPLATES: Record<HaystackKind, NeedleTemplate[]> = {
  'financial-report': [...REPORT_TEMPLATES_A, ...REPORT_TEMPLATES_B],
  'meeting-transcript': [...TRANSCRIPT_TEMPLATES_A, ...TRANSCRIPT_TEMPLATES_B],
};

/** The template objects for a kind (for tests and audits that need more than ids). */
export function templatesFor(kind: HaystackKind): readonly NeedleTemplate[] {
  const list = TEMPLATES[kind];
  if (!list) throw new Error(`no needle templates for haystack kind "${String(kind)}"`);
  return list;
}

/** All template ids for a kind, with whether each needs a companion sentence. */
export function listTemplates(kind: HaystackKind): Array<{ id: string; twoHop: boolean }> {
  return templatesFor(kind).map((t) => ({ id: t.id, twoHop: t.twoHop === true }));
}

/** Draws from one named template; the values come from the rng, so the same rng state gives the same needle. */
export function drawFromTemplate(kind: HaystackKind, templateId: string, variant: QuestionVariant, rng: Rng): NeedleDraw {
  const template = templatesFor(kind).find((t) => t.id === templateId);
  if (!template) throw new Error(`unknown needle template "${templateId}" for ${kind}`);
  const inst = template.build(rng);
  const id = `${template.id}.${variant}`;
  const needle: Needle = {
    id,
    text: inst.text,
    question: variant === 'lexical' ? inst.lexical : inst.paraphrased,
    answers: inst.answers.slice(),
    distractors: inst.distractors.map((d) => ({ text: d.text, answers: d.answers.slice() })),
    variant,
    template: template.id,
    kinds: [kind],
    sections: TEMPLATE_SECTIONS[template.id],
  };
  const companions = (inst.companions ?? []).map(
    (text, i): Needle => ({ id: `${id}.companion-${i + 1}`, text, question: '', answers: [], variant, template: template.id, kinds: [kind], sections: TEMPLATE_SECTIONS[template.id] }),
  );
  return { needle, companions };
}

/** Draws one needle instance for a trial: template chosen by the rng, values fresh for every draw. */
export function drawBuiltinNeedle(kind: HaystackKind, set: NeedleSetName, rng: Rng): NeedleDraw {
  const template = rng.pick(templatesFor(kind));
  const variant: QuestionVariant = set === 'mixed' ? rng.pick(['lexical', 'paraphrased'] as const) : set;
  return drawFromTemplate(kind, template.id, variant, rng);
}
