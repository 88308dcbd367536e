import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './questions.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    staff_question: 'Çalışan sorusu',
  },
  nav: {
    internal: {
      questions: 'Sorular ve yanıtlar',
      questionsInbox: 'Soruları yanıtlayın',
    },
  },
  questions: {
    title: 'Dijital yönetim hakkında sorular',
    intro:
      'İşinizin dijitalleşmesinde sizi ne düşündürüyor? Dijital Dönüşüm Sorumlusunun ekibine sorun. Her soru okunur; yanıtlar burada, kamuya açık portalda değil, belediyenin tüm çalışanları için yer alır.',
    ideaHint:
      'Bir proje fikriniz mi var? Öneri olarak gönderin: Çalışanların önerileri de diğer tüm öneriler gibi bir araya getirilir ve değerlendirilir.',
    ideaLink: 'Öneri gönderin',
    askTitle: 'Soru sorun',
    body: 'Sorunuz',
    bodyHint:
      'Soruyu meslektaşlarınızın anlayacağı şekilde yazın. Lütfen başka kişilerin adını ve kendi personel konularınızı yazmayın.',
    askAs: 'Nasıl sormak istiyorsunuz?',
    askAsAnonymous: 'Anonim olarak',
    askAsAnonymousHint: 'Rathaus kimin sorduğunu kaydetmez; CDO ekibi de bunu öğrenmez.',
    askAsNamed: 'Adımla',
    askAsNamedHint: 'Soru yanıtlandığında adınız sorunun yanında yer alır.',
    ask: 'Soruyu gönderin',
    answeredTitle: 'Yanıtlanan sorular',
    none: 'Henüz yanıtlanmış soru yok.',
    askedAnonymously: '{{date}} tarihinde anonim olarak soruldu',
    askedBy: '{{date}} tarihinde {{name}} tarafından soruldu',
    answeredBy: '{{date}} tarihinde {{name}} tarafından yanıtlandı',
    answeredByTeam: '{{date}} tarihinde CDO ekibi tarafından yanıtlandı',
    inboxTitle: 'Çalışanların sorularını yanıtlayın',
    inboxIntro:
      'Açık sorular, en eskisi önce. Bir yanıt, sorunun altında hemen tüm çalışanlar için görünür; reddedilen bir soru yayımlanmaz, gerekçesi değişiklik kaydında kalır.',
    inboxNone: 'Açık soru yok.',
    receivedOn: '{{date}} tarihinde geldi',
    anonymous: 'Anonim olarak soruldu',
    named: '{{name}} tarafından soruldu',
    open: 'Yanıtlayın',
    answerTitle: 'Bir soruyu yanıtlayın',
    answerField: 'Yanıt',
    answerHint: 'Yanıt, adınızla birlikte sorunun altında tüm çalışanlar için yer alır.',
    publishAnswer: 'Yanıtı yayımlayın',
    declineTitle: 'Herkese açık yanıtlamayın',
    declineReason: 'Gerekçe',
    declineHint:
      'Yalnızca CDO ekibi görür, örneğin “Personel konusu, İnsan Kaynakları birimine yönlendirildi”.',
    decline: 'Soruyu reddedin',
    back: 'Açık sorulara dönün',
  },
  notice: {
    questionAsked: 'Teşekkürler, sorunuz ulaştı. Yanıt bu sayfada görünecek.',
    questionAnswered: 'Yanıt yayımlandı.',
    questionDeclined: 'Soru reddedildi ve yayımlanmayacak.',
    questionClosed: 'Bu soru bu arada yanıtlandı veya reddedildi.',
  },
};
