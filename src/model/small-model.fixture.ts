/**
 * A small, valid model for unit tests: two domains, three elements, five
 * questions, with weights and a not-applicable question where the rules
 * need them. Each call returns a fresh copy to change freely.
 */
import type { MaturityModelInput } from './schema.ts';

const levels = (topic: string) =>
  Object.fromEntries([0, 1, 2, 3, 4, 5].map((level) => [`${level}`, `${topic}: what level ${level} looks like`]));

const recommendations = () => Object.fromEntries([0, 1, 2, 3, 4].map((level) => [`${level}`, `reach level ${level + 1}`]));

export function smallModel(): MaturityModelInput {
  return {
    format: 'ict-governance-maturity-model',
    formatVersion: 1,
    id: 'small',
    version: '1.0.0',
    defaultLanguage: 'en',
    title: { en: 'Small model', fr: 'Petit modèle' },
    description: 'A model for tests.',
    authors: ['Tests'],
    sources: [{ id: 'iso-iec-38500', citation: 'ISO/IEC 38500' }],
    frameworks: [
      {
        id: 'edm',
        title: 'Evaluate, direct, monitor',
        values: [
          { id: 'evaluate', title: 'Evaluate' },
          { id: 'monitor', title: 'Monitor' },
        ],
      },
    ],
    scale: [0, 1, 2, 3, 4, 5].map((level) => ({ level: level as 0, name: `L${level}`, meaning: `meaning ${level}` })),
    domains: [
      {
        id: 'strategy',
        title: 'Strategy',
        description: 'Strategy domain',
        elements: [
          {
            id: 'strategy.plan',
            title: 'Plan',
            description: 'Plan element',
            weight: 2,
            mapsTo: { edm: ['evaluate'] },
            sources: [{ source: 'iso-iec-38500', detail: 'Principle 2' }],
            recommendations: recommendations(),
            questions: [
              { id: 'strategy.plan.exists', text: 'Is there a plan?', guidance: 'Look for it.', levels: levels('plan') },
              {
                id: 'strategy.plan.reviewed',
                text: 'Is it reviewed?',
                guidance: 'Look for reviews.',
                levels: levels('review'),
                weight: 3,
              },
            ],
          },
          {
            id: 'strategy.people',
            title: 'People',
            description: 'People element',
            mapsTo: { edm: ['evaluate', 'monitor'] },
            sources: [{ source: 'iso-iec-38500' }],
            recommendations: recommendations(),
            questions: [
              {
                id: 'strategy.people.trained',
                text: 'Are people trained?',
                guidance: 'Look for training.',
                levels: levels('training'),
                allowNotApplicable: true,
              },
            ],
          },
        ],
      },
      {
        id: 'risk',
        title: 'Risk',
        description: 'Risk domain',
        elements: [
          {
            id: 'risk.register',
            title: 'Register',
            description: 'Risk register',
            sources: [{ source: 'iso-iec-38500' }],
            recommendations: recommendations(),
            questions: [
              { id: 'risk.register.exists', text: 'Is there a register?', guidance: 'Look.', levels: levels('register') },
              {
                id: 'risk.register.used',
                text: 'Is it used?',
                guidance: 'Look.',
                levels: levels('use'),
                allowNotApplicable: true,
              },
            ],
          },
        ],
      },
    ],
  };
}
