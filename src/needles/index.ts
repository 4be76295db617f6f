// Public face of the needles folder: built-in templates, user needle files, word overlap.
export type { NeedleDraw, NeedleSetName, NeedleTemplate, QuestionVariant, TemplateInstance } from './template.js';
export { drawBuiltinNeedle, drawFromTemplate, listTemplates, templatesFor } from './builtin.js';
export { loadNeedleFile } from './load-needle-file.js';
export { wordOverlap } from './overlap.js';
