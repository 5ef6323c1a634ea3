/**
 * The governance profile's messages, English: kept out of the first visit
 * (the questionnaire does not need them) and loaded with the profile and
 * results pages by `loadMessagePart('profile')` (../parts.ts). Every other language has exactly
 * these keys, with the same placeholders.
 */
import type { Message } from '../en.ts';

export const profileEn = {
  'profile.title': 'How ICT is governed here',
  'profile.links': 'Assessment pages',
  'profile.none': 'The model of this assessment asks for no governance profile.',
  'profile.intro': 'Facts about how the organization arranges its ICT governance. They are not scored: coordinators use them to compare like with like. Each answer is saved as soon as you give it; leave out what you do not know.',
  'profile.locked': 'This assessment is final: its profile can be read but not changed. Reopen it from its results to change it.',
  'profile.notSaved': {
    one: '{count} answer is not saved: see the message under it.',
    other: '{count} answers are not saved: see the messages under them.',
  },
  'profile.saveFailed': 'Not saved: {error}',
  'profile.notGiven': 'Not stated',
  'profile.givenAs': 'Given earlier as: {value}',
  'profile.amount': 'Amount',
  'profile.currency': 'Currency',
  'profile.notAnswered': 'No profile given.',
  'profile.value.not-a-number': 'Enter a number. Not saved.',
  'profile.value.not-whole': 'Enter a whole number. Not saved.',
  'profile.value.below-min': 'Enter {min} or more. Not saved.',
  'profile.value.above-max': 'Enter {max} or less. Not saved.',
  'profile.value.unknown-option': '“{option}” is not one of the options. Not saved.',
  'profile.value.wrong-type': 'This value does not fit the question. Not saved.',
  'profile.value.currency': 'Choose a three-letter currency code such as USD. Not saved.',
} satisfies Record<string, Message>;

export type ProfileMessageKey = keyof typeof profileEn;
export type ProfileCatalog = Record<ProfileMessageKey, Message>;
