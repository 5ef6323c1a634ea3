import type { RespondentCatalog } from './en.ts';

export const es: RespondentCatalog = {
  'contribution.homeHeading': "Contribuir a un panel",
  'contribution.open': "Abrir un paquete de contribución",
  'contribution.openIntro': "¿Le piden contribuir a una evaluación en panel? Abra el paquete que le envió su responsable: responde en este dispositivo, sin conexión, y luego exporta un archivo de contribución para devolverlo.",
  'contribution.refused': "No se puede abrir «{file}». {reason}",
  'contribution.heading': "Su contribución",
  'contribution.banner': "Responde como {name} ({role}) para la evaluación dirigida por {lead}.",
  'contribution.fingerprint': "La clave del dispositivo del responsable —",
  'contribution.domains': { one: "Se le consultó {count} dominio de {total}.", many: "Se le consultaron {count} dominios de {total}.", other: "Se le consultaron {count} dominios de {total}." },
  'contribution.export': "Exportar mi contribución",
  'contribution.exportIntro': "Envíe el archivo al responsable de la evaluación: contiene sus respuestas, comentarios y evidencias de los dominios que se le consultaron.",
  'contribution.exportFailed': "No se pudo exportar la contribución: {reason}",
  'contribution.error.mismatch': "Esta contribución no pertenece a la evaluación que nombra; no se guardó nada.",
  'contribution.error.respondentDuplicate': "Dos encuestados tienen el mismo identificador; no se guardó nada.",
  'contribution.answerAs': "Responde como {name} ({role}).",
  'contribution.askedBy': "Solicitado por {name}, {role}, {organization}.",
  'contribution.askedByNoRole': "Solicitado por {name}, {organization}.",
  'contribution.exported': "Contribución guardada como {file}: envíela al responsable.",
  'contribution.error.reasonMissing': "«No aplicable» requiere un motivo; no se guardó nada.",
};
