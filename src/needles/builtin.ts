// The built-in needle library: templates per haystack kind, drawn from a document's world and rendered at a place.
import type { FactKey, PlaceContext } from '../haystack/place-context.js';
import type { HaystackKind, Lang, Needle } from '../types.js';
import type { Rng } from '../util/rng.js';
import { REPORT_TEMPLATES } from './financial-report/index.js';
import { TRANSCRIPT_TEMPLATES } from './meeting-transcript/index.js';
import { JA_REPORT_TEMPLATES } from './ja/financial-report/index.js';
import { JA_TRANSCRIPT_TEMPLATES } from './ja/meeting-transcript/index.js';
import { ZH_REPORT_TEMPLATES } from './zh/financial-report/index.js';
import { ZH_TRANSCRIPT_TEMPLATES } from './zh/meeting-transcript/index.js';
import type { NeedleSetName, PlacedInstance, QuestionVariant, WorldTemplate } from './template.js';

const TEMPLATES: Record<HaystackKind, readonly WorldTemplate[]> = {
  'financial-report': REPORT_TEMPLATES,
  'meeting-transcript': TRANSCRIPT_TEMPLATES,
};

/**
 * Native needle templates by language, then kind (issue #14): written for that language's documents, not
 * translated. A language's templates live under `src/needles/<lang>/<kind>/` and register here; their ids are
 * unique across languages (`ja-fin-…`, `zh-mtg-…`).
 */
export const TEMPLATES_BY_LANG: Record<Lang, Partial<Record<HaystackKind, readonly WorldTemplate[]>>> = {
  en: TEMPLATES,
  ja: {
    'financial-report': JA_REPORT_TEMPLATES,
    'meeting-transcript': JA_TRANSCRIPT_TEMPLATES,
  },
  zh: {
    'financial-report': ZH_REPORT_TEMPLATES,
    'meeting-transcript': ZH_TRANSCRIPT_TEMPLATES,
  },
};

/** The template objects for a kind in a language (for tests and audits that need more than ids). */
export function templatesFor(kind: HaystackKind, lang: Lang = 'en'): readonly WorldTemplate[] {
  const list = TEMPLATES_BY_LANG[lang]?.[kind];
  if (!list) throw new Error(`no ${lang} needle templates for haystack kind "${String(kind)}"`);
  return list;
}

/** All template ids for a kind, with whether each needs a companion sentence. */
export function listTemplates(kind: HaystackKind, lang: Lang = 'en'): Array<{ id: string; twoHop: boolean }> {
  return templatesFor(kind, lang).map((t) => ({ id: t.id, twoHop: t.twoHop === true }));
}

/** One template by id (ids are unique across languages). */
export function templateById(kind: HaystackKind, id: string): WorldTemplate {
  const template = Object.values(TEMPLATES_BY_LANG)
    .flatMap((byKind) => byKind[kind] ?? [])
    .find((t) => t.id === id);
  if (!template) throw new Error(`unknown needle template "${id}" for ${kind}`);
  return template;
}

/** Facts a haystack leaves out when it may carry any of these templates (all of the kind's by default). */
export function competingFacts(kind: HaystackKind, templates: readonly WorldTemplate[] = templatesFor(kind)): Set<FactKey> {
  return new Set(templates.flatMap((t) => t.competes));
}

/** One repeat's needle before it has a place: a template, the values drawn for it and the question variant. */
export interface NeedleSpec {
  kind: HaystackKind;
  template: WorldTemplate;
  values: unknown;
  variant: QuestionVariant;
}

/** Draws the values of one named template. */
export function drawSpec(kind: HaystackKind, templateId: string, variant: QuestionVariant, world: unknown, rng: Rng): NeedleSpec {
  const template = templateById(kind, templateId);
  return { kind, template, values: template.draw(rng, world), variant };
}

/** The variant of a draw: the set's own, or either at random for `mixed`. */
export function pickVariant(set: NeedleSetName, rng: Rng): QuestionVariant {
  return set === 'mixed' ? rng.pick(['lexical', 'paraphrased'] as const) : set;
}

/** A spec rendered at a place: the needle (text, question, answers as they read there), its companions and decoys. */
export interface RenderedNeedle {
  needle: Needle;
  companions: Needle[];
  /** Transcript needles: who may voice it, most fitting first; and the short reply that follows it. */
  speakerRoles?: string[];
  reply?: { roles: string[]; text: string };
}

/** Renders a spec at a place (undefined: no place known, e.g. a user's document). */
export function renderSpec(spec: NeedleSpec, world: unknown, place: PlaceContext | undefined): RenderedNeedle {
  const inst: PlacedInstance = spec.template.render(spec.values, world, place);
  const { template, kind, variant } = spec;
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
    sections: template.sections,
  };
  const companions = (inst.companions ?? []).map(
    (text, i): Needle => ({ id: `${id}.companion-${i + 1}`, text, question: '', answers: [], variant, template: template.id, kinds: [kind], sections: template.sections }),
  );
  return { needle, companions, speakerRoles: inst.speakerRoles, reply: inst.reply };
}

/** Draws one named template and renders it at a place (for tests and one-off use). */
export function drawFromTemplate(kind: HaystackKind, templateId: string, variant: QuestionVariant, rng: Rng, world: unknown, place?: PlaceContext): RenderedNeedle {
  return renderSpec(drawSpec(kind, templateId, variant, world, rng), world, place);
}
