// Wraps the pre-#10 transcript templates (values drawn from the rng alone) in the WorldTemplate contract.
import type { Rng } from '../../util/rng.js';
import type { PlacedInstance, TemplateInstance, WorldTemplate } from '../template.js';

/** A transcript template of the old shape: one rng draw gives the utterance, both questions and the answers. */
export interface LegacyTemplate {
  id: string;
  kind: 'meeting-transcript';
  twoHop?: boolean;
  build(rng: Rng): TemplateInstance;
}

/** Where a legacy template reads naturally and who may say it. */
export interface Fit {
  sections: string[];
  /** Role keys that may voice the needle, most fitting first. */
  speakers: string[];
  /** A short acknowledgement after the needle turn, by one of these roles. */
  reply?: { roles: string[]; text: string };
}

/** The template as a WorldTemplate: values are the old draw; rendering adds who may say it and the reply. */
export function adapt(t: LegacyTemplate, fit: Fit): WorldTemplate<unknown, TemplateInstance> {
  return {
    id: t.id,
    kind: 'meeting-transcript',
    twoHop: t.twoHop,
    competes: [],
    sections: fit.sections,
    draw: (rng) => t.build(rng),
    render: (values): PlacedInstance => ({ ...values, speakerRoles: fit.speakers, reply: fit.reply }),
  };
}
