import type { RespondentCatalog } from './en.ts';

export const fr: RespondentCatalog = {
  'contribution.homeHeading': "Contribuer à un panel",
  'contribution.open': "Ouvrir un dossier de contribution",
  'contribution.openIntro': "On vous demande de contribuer à une évaluation en panel ? Ouvrez le dossier que son responsable vous a envoyé : vous répondez sur cet appareil, hors ligne, puis exportez un fichier de contribution à lui renvoyer.",
  'contribution.refused': "« {file} » ne peut pas être ouvert. {reason}",
  'contribution.heading': "Votre contribution",
  'contribution.banner': "Vous répondez en tant que {name} ({role}) pour l'évaluation menée par {lead}.",
  'contribution.fingerprint': "La clé de l'appareil du responsable —",
  'contribution.domains': { one: "{count} domaine sur {total} vous a été soumis.", many: "{count} domaines sur {total} vous ont été soumis.", other: "{count} domaines sur {total} vous ont été soumis." },
  'contribution.export': "Exporter ma contribution",
  'contribution.exportIntro': "Envoyez le fichier au responsable de l'évaluation : il contient vos réponses, commentaires et preuves pour les domaines qui vous ont été soumis.",
  'contribution.exportFailed': "La contribution n'a pas pu être exportée : {reason}",
  'contribution.error.mismatch': "Cette contribution n'appartient pas à l'évaluation qu'elle nomme ; rien n'a été conservé.",
  'contribution.error.respondentDuplicate': "Deux répondants ont le même identifiant ; rien n'a été enregistré.",
  'contribution.answerAs': "Vous répondez en tant que {name} ({role}).",
  'contribution.askedBy': "Demandé par {name}, {role}, {organization}.",
  'contribution.askedByNoRole': "Demandé par {name}, {organization}.",
  'contribution.exported': "Contribution enregistrée sous {file} : envoyez-la au responsable.",
  'contribution.error.reasonMissing': "« Sans objet » demande une raison ; rien n'a été enregistré.",
};
