import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './workshops.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    workshop: 'Katılım atölyesi',
  },
  nav: {
    internal: {
      workshops: 'Atölyeler',
    },
  },
  validation: {
    wholeNumber: 'Lütfen 1 veya daha büyük bir tam sayı girin.',
  },
  workshops: {
    title: 'Atölyeler',
    intro:
      'Önerilerin birlikte geliştirildiği katılım atölyeleri ve diğer etkinlikler. Katılımcıların önerilerini burada kaydedersiniz; atölye, kaynak olarak gösterilir.',
    count_one: '{{count}} atölye',
    count_other: '{{count}} atölye',
    none: 'Henüz kayıtlı atölye yok.',
    new: 'Atölye kaydedin',
    create: 'Atölye oluştur',
    created: 'Atölye oluşturuldu. Şimdi atölyenin önerilerini kaydedin.',
    noProcess: 'Katılım süreci yok',
    proposals: 'Öneriler',
    field: {
      title: 'Atölyenin başlığı',
      heldOn: 'Tarih',
      place: 'Yer',
      organiser: 'Düzenleyen',
      participants: 'Katılımcı sayısı',
    },
    facts_one: 'Tarih: {{date}}, yer: {{place}}, düzenleyen: {{organiser}}, {{count}} katılımcı.',
    facts_other: 'Tarih: {{date}}, yer: {{place}}, düzenleyen: {{organiser}}, {{count}} katılımcı.',
    proposalsTitle_one: 'Bu atölyeden {{count}} öneri',
    proposalsTitle_other: 'Bu atölyeden {{count}} öneri',
    noProposals: 'Henüz kayıtlı öneri yok.',
    enter: 'Öneri kaydedin',
    enterHint:
      'Öneriyi katılımcıların ifade ettiği şekilde kaydedin. Öneri, atölye kaynak gösterilerek hemen yayımlanır.',
    enterButton: 'Öneriyi kaydet ve yayımla',
    entered: 'Öneri kaydedildi ve yayımlandı.',
  },
  proposals: {
    process: 'Katılım süreci',
  },
};
