import type { RespondentCatalog } from './en.ts';

export const ar: RespondentCatalog = {
  'contribution.homeHeading': "المساهمة في تقييم جماعي",
  'contribution.open': "فتح حزمة مساهمة",
  'contribution.openIntro': "هل طُلب منك المساهمة في تقييم جماعي؟ افتح الحزمة التي أرسلها إليك المسؤول عنه: تجيب على هذا الجهاز دون اتصال، ثم تصدّر ملف مساهمة لإعادته.",
  'contribution.refused': "لا يمكن فتح «{file}». {reason}",
  'contribution.heading': "مساهمتك",
  'contribution.banner': "تجيب بصفتك {name} ({role}) في التقييم الذي يقوده {lead}.",
  'contribution.fingerprint': "مفتاح جهاز المسؤول —",
  'contribution.domains': {
    zero: "لم يُطلب منك أي مجال من {total} ({count}).",
    one: "طُلب منك مجال واحد من {total} ({count}).",
    two: "طُلب منك مجالان من {total} ({count}).",
    few: "طُلب منك {count} مجالات من {total}.",
    many: "طُلب منك {count} مجالًا من {total}.",
    other: "طُلب منك {count} مجال من {total}.",
  },
  'contribution.export': "تصدير مساهمتي",
  'contribution.exportIntro': "أرسل الملف إلى المسؤول عن التقييم: يتضمن إجاباتك وتعليقاتك وأدلتك للمجالات التي طُلبت منك.",
  'contribution.exportFailed': "تعذّر تصدير المساهمة: {reason}",
  'contribution.error.mismatch': "هذه المساهمة لا تخص التقييم الذي تذكره؛ لم يُحفظ شيء.",
  'contribution.error.respondentDuplicate': "لدى مستجيبَين المعرّف نفسه؛ لم يُحفظ شيء.",
  'contribution.answerAs': "تجيب بصفتك {name} ({role}).",
  'contribution.askedBy': "بطلب من {name}، {role}، {organization}.",
  'contribution.askedByNoRole': "بطلب من {name}، {organization}.",
  'contribution.exported': "حُفظت المساهمة باسم {file}: أرسلها إلى المسؤول عن التقييم.",
  'contribution.error.reasonMissing': "«لا ينطبق» يتطلب سببًا؛ لم يُحفظ شيء.",
};
