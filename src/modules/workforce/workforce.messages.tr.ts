import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './workforce.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    process: 'Süreç',
    training: 'Eğitim',
  },
  nav: {
    internal: {
      trainings: 'Eğitimler',
      processes: 'Süreçler',
    },
  },
  common: {
    yes: 'Evet',
  },
  processes: {
    title: 'Süreç haritası',
    intro:
      'Her Müdürlüğün idari süreçleri, dijitalleşme düzeyleriyle birlikte. “Yeniden tasarlandı” şu anlama gelir: Süreç, dijitalleştirilmeden önce yeniden ele alındı ve kâğıttan birebir aktarılmadı.',
    summary:
      '{{total}} süreç kayıtlı: %{{analog}} analog, %{{partly}} kısmen dijital, %{{e2e}} uçtan uca dijital; {{redesigned}} yeniden tasarlandı.',
    caption_one: '{{count}} süreç (analog {{analog}}, kısmen dijital {{partly}}, uçtan uca dijital {{e2e}})',
    caption_other:
      '{{count}} süreç (analog {{analog}}, kısmen dijital {{partly}}, uçtan uca dijital {{e2e}})',
    office: 'Müdürlük',
    name: 'Süreç',
    description: 'Açıklama',
    state: 'Dijitalleşme düzeyi',
    states: {
      analog: 'analog',
      partly_digital: 'kısmen dijital',
      end_to_end: 'uçtan uca dijital',
    },
    redesigned: 'Dijitalleştirmeden önce yeniden tasarlandı (birebir aktarılmadı)',
    redesignedShort: 'Yeniden tasarlandı',
    redesignedHint:
      'Örneğin kontrol adımları kaldırıldı, sorumluluklar birleştirildi veya belge şartları kaldırıldı.',
    project: 'Proje',
    noProject: 'Proje yok',
    add: 'Süreç kaydedin',
    addButton: 'Süreci kaydet',
  },
  trainings: {
    title: 'Eğitimler',
    intro:
      'Dijitalleşme stratejisi, projeleri ve süreçleri yönetebilen çalışanlara dayanır. Burada kurslar ve her Müdürlükten kaç çalışanın bu kurslara katıldığı yer alır.',
    mine: 'Kurslarınız',
    coverageCaption: 'Müdürlük başına katılım (en az bir kursa katılmış çalışanlar)',
    people: 'Çalışanlar',
    kinds: {
      project_management: 'Proje yönetimi',
      process_management: 'Süreç yönetimi',
      other: 'Diğer',
    },
    listCaption_one: '{{count}} kurs',
    listCaption_other: '{{count}} kurs',
    course: 'Kurs',
    kind: 'Tür',
    heldOn: 'Tarih',
    provider: 'Sağlayıcı',
    participants: 'Katılımcılar',
    add: 'Kurs kaydedin',
    addButton: 'Kursu kaydet',
  },
};
