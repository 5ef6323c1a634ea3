import type { ProfileCatalog } from './en.ts';

export const profileEs: ProfileCatalog = {
  'profile.title': 'Cómo se gobiernan aquí las TIC',
  'profile.links': 'Páginas de la evaluación',
  'profile.none': 'El modelo de esta evaluación no pide un perfil de gobernanza.',
  'profile.intro': 'Datos sobre cómo organiza la organización la gobernanza de sus TIC. No se califican: los coordinadores los utilizan para comparar organizaciones similares. Cada respuesta se guarda en cuanto se da; omita lo que no sepa.',
  'profile.locked': 'Esta evaluación es definitiva: su perfil se puede consultar, pero no modificar. Vuelva a abrirla desde sus resultados para modificarlo.',
  'profile.notSaved': {
    one: 'No se ha guardado {count} respuesta: consulte el mensaje que aparece debajo.',
    many: 'No se han guardado {count} de respuestas: consulte los mensajes que aparecen debajo.',
    other: 'No se han guardado {count} respuestas: consulte los mensajes que aparecen debajo.',
  },
  'profile.saveFailed': 'No se ha guardado: {error}',
  'profile.notGiven': 'No se indica',
  'profile.givenAs': 'Indicado anteriormente como: {value}',
  'profile.amount': 'Importe',
  'profile.currency': 'Moneda',
  'profile.notAnswered': 'No se ha indicado ningún perfil.',
  'profile.value.not-a-number': 'Introduzca un número. No se ha guardado.',
  'profile.value.not-whole': 'Introduzca un número entero. No se ha guardado.',
  'profile.value.below-min': 'Introduzca {min} o más. No se ha guardado.',
  'profile.value.above-max': 'Introduzca {max} o menos. No se ha guardado.',
  'profile.value.unknown-option': '«{option}» no es una de las opciones. No se ha guardado.',
  'profile.value.wrong-type': 'Este valor no corresponde a la pregunta. No se ha guardado.',
  'profile.value.currency': 'Elija un código de moneda de tres letras, como USD. No se ha guardado.',
};
