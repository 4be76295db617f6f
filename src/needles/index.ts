// Public face of the needles folder: built-in templates, user needle files, word overlap, value collisions.
export type { NeedleDraw, NeedleSetName, PlacedInstance, QuestionVariant, TemplateInstance, WorldTemplate } from './template.js';
export { competingFacts, drawFromTemplate, drawSpec, listTemplates, renderSpec, templateById, templatesFor, type NeedleSpec, type RenderedNeedle } from './builtin.js';
export { loadNeedleFile } from './load-needle-file.js';
export { wordOverlap } from './overlap.js';
export { answerKeys, DocumentValues, valueType } from './value-keys.js';
