/** A small governance profile for unit tests, one item of each type; each call returns a fresh copy. */
import type { Profile } from './schema.ts';

export function smallProfile(): Profile {
  return {
    sections: [
      {
        id: 'organization',
        title: { en: 'The organization', fr: 'L’organisation' },
        items: [
          {
            id: 'organization-kind',
            type: 'choice',
            label: { en: 'Kind of organization', fr: 'Type d’organisation' },
            help: 'Where it sits in the system.',
            options: [
              { id: 'fund-programme', label: { en: 'Fund or programme', fr: 'Fonds ou programme' } },
              { id: 'specialized-agency', label: 'Specialized agency' },
            ],
          },
          {
            id: 'operating-regions',
            type: 'choices',
            label: 'Regions of operation',
            options: [
              { id: 'africa', label: 'Africa' },
              { id: 'europe', label: 'Europe' },
            ],
          },
          { id: 'staff', type: 'integer', label: 'Staff', min: 0 },
        ],
      },
      {
        id: 'resources',
        title: 'Money',
        items: [
          { id: 'figures-year', type: 'year', label: 'Year', min: 2000, max: 2100 },
          { id: 'ict-spending', type: 'amount', label: 'ICT spending', min: 0 },
          { id: 'ict-share-of-expenditure', type: 'percentage', label: 'Share', min: 0, max: 100 },
          { id: 'cio-title', type: 'text', label: 'Title of the head of ICT' },
        ],
      },
    ],
  };
}
