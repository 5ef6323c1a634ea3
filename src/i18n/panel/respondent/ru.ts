import type { RespondentCatalog } from './en.ts';

export const ru: RespondentCatalog = {
  'contribution.homeHeading': "Участие в групповой оценке",
  'contribution.open': "Открыть пакет для участника",
  'contribution.openIntro': "Вас попросили принять участие в групповой оценке? Откройте пакет, который прислал её руководитель: вы отвечаете на этом устройстве без сети, затем экспортируете файл ответов и отправляете его обратно.",
  'contribution.refused': "Не удаётся открыть «{file}». {reason}",
  'contribution.heading': "Ваши ответы",
  'contribution.banner': "Вы отвечаете как {name} ({role}) в оценке, которую ведёт {lead}.",
  'contribution.fingerprint': "Ключ устройства руководителя —",
  'contribution.domains': {
    one: "Вам задан {count} домен из {total}.",
    few: "Вам заданы {count} домена из {total}.",
    many: "Вам задано {count} доменов из {total}.",
    other: "Вам задано {count} домена из {total}.",
  },
  'contribution.export': "Экспортировать мои ответы",
  'contribution.exportIntro': "Отправьте файл руководителю оценки: в нём ваши ответы, комментарии и подтверждения по заданным вам доменам.",
  'contribution.exportFailed': "Не удалось экспортировать ответы: {reason}",
  'contribution.error.mismatch': "Эти ответы не относятся к оценке, которую они называют; ничего не сохранено.",
  'contribution.error.respondentDuplicate': "У двух участников одинаковый идентификатор; ничего не сохранено.",
  'contribution.answerAs': "Вы отвечаете как {name} ({role}).",
  'contribution.askedBy': "Запрос от {name}, {role}, {organization}.",
  'contribution.askedByNoRole': "Запрос от {name}, {organization}.",
  'contribution.exported': "Ответы сохранены в файл {file}: отправьте его руководителю оценки.",
  'contribution.error.reasonMissing': "Для ответа «неприменимо» нужна причина; ничего не сохранено.",
};
