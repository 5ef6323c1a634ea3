import type { ProfileCatalog } from './en.ts';

export const profileFr: ProfileCatalog = {
  'profile.title': 'Comment les TIC sont gouvernées ici',
  'profile.links': 'Pages de l’évaluation',
  'profile.none': 'Le modèle de cette évaluation ne demande pas de profil de gouvernance.',
  'profile.intro': 'Des faits sur la manière dont l’organisation organise la gouvernance de ses TIC. Ils ne sont pas notés : les coordonnateurs s’en servent pour comparer des organisations comparables. Chaque réponse est enregistrée dès que vous la donnez ; laissez de côté ce que vous ne savez pas.',
  'profile.locked': 'Cette évaluation est définitive : son profil peut être lu mais pas modifié. Rouvrez-la depuis ses résultats pour le modifier.',
  'profile.notSaved': {
    one: '{count} réponse n’est pas enregistrée : voir le message qui la suit.',
    many: '{count} de réponses ne sont pas enregistrées : voir les messages qui les suivent.',
    other: '{count} réponses ne sont pas enregistrées : voir les messages qui les suivent.',
  },
  'profile.saveFailed': 'Non enregistré : {error}',
  'profile.notGiven': 'Non précisé',
  'profile.givenAs': 'Indiqué précédemment : {value}',
  'profile.amount': 'Montant',
  'profile.currency': 'Monnaie',
  'profile.notAnswered': 'Aucun profil indiqué.',
  'profile.value.not-a-number': 'Saisissez un nombre. Non enregistré.',
  'profile.value.not-whole': 'Saisissez un nombre entier. Non enregistré.',
  'profile.value.below-min': 'Saisissez {min} ou plus. Non enregistré.',
  'profile.value.above-max': 'Saisissez {max} ou moins. Non enregistré.',
  'profile.value.unknown-option': '« {option} » ne fait pas partie des options. Non enregistré.',
  'profile.value.wrong-type': 'Cette valeur ne correspond pas à la question. Non enregistré.',
  'profile.value.currency': 'Choisissez un code de monnaie à trois lettres, par exemple USD. Non enregistré.',
};
