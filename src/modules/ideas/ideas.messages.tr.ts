import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './ideas.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    idea: 'Proje fikri',
  },
  nav: {
    internal: {
      ideas: 'Proje fikirleri',
    },
  },
  common: {
    actions: 'İşlemler',
  },
  proposalState: {
    merged: 'bir proje fikrine dahil edildi',
  },
  ideaState: {
    open: 'Açık',
    in_project: 'Proje olarak uygulanıyor',
    rejected: 'Reddedildi',
  },
  condense: {
    title: 'Önerileri grupla',
  },
  ideas: {
    mergeConfirm: {
      title: 'Önerileri “{{title}}” fikrinde birleştir',
      heading: 'Lütfen birleştirmeden önce kontrol edin',
      intro_one: 'Bir öneri, yeni “{{title}}” fikrinde birleştirilecek.',
      intro_other: '{{count}} öneri, yeni “{{title}}” fikrinde birleştirilecek.',
      public: 'Bu önerilerin her biri, fikri kendi kamuya açık sayfasında ve seyrinde gösterir.',
      mail: 'Bu önerilerden birini takip edenler bunu e-posta ile öğrenir – gönderilen bir e-posta geri alınamaz.',
      undo: 'Tek tek önerileri daha sonra fikrin sayfasından yeniden ayırabilirsiniz.',
      button: 'Fikri oluştur ve önerileri birleştir',
    },
    title: 'Proje fikirleri',
    intro: 'Proje fikirleri önerileri bir araya getirir. Her özgün öneri korunur ve fikirle ilişkili kalır.',
    new: 'Yeni proje fikri',
    newIntro: 'Uygun yayımlanmış önerileri arayın, seçin ve bunları bir proje fikrinde birleştirin.',
    count_one: '{{count}} proje fikri',
    count_other: '{{count}} proje fikri',
    label: 'Proje fikri {{number}}',
    release: '“{{title}}” önerisini fikirden ayır',
    number: 'Numara',
    titleField: 'Proje fikrinin başlığı',
    description: 'Açıklama',
    proposals: 'Öneriler',
    state: 'Durum',
    created: 'Oluşturulma tarihi',
    toProject: '“{{title}}” fikrinden proje oluştur',
    searchProposals: 'Önerilerde ara',
    searchButton: 'Ara',
    chooseProposals: 'Fikre dahil edilecek öneriler',
    noCandidates: 'Uygun öneri bulunamadı. Başka bir arama terimi deneyin.',
    create: 'Proje fikrini oluştur',
    notCondensable: 'Seçilen önerilerden en az biri yayımlanmamış olduğu için birleştirilemez.',
  },
  projects: {
    field: 'Eylem alanı',
  },
  journey: {
    merged: '{{number}} numaralı “{{idea}}” proje fikrine dahil edildi',
    unmerged: '{{number}} numaralı “{{idea}}” proje fikrinden yeniden ayrıldı',
    notMergedYet: 'Henüz bir proje fikrine atanmadı',
  },
  translatable: {
    idea: 'Proje fikri',
  },
};
