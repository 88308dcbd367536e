import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './projects.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    project: 'Proje',
    milestone: 'Kilometre taşı',
  },
  validation: {
    cdoOnly: 'Bunu yalnızca CDO ekibi değiştirebilir.',
    stopReason: 'Lütfen projenin neden durdurulduğunu açıklayın (en az 10 karakter).',
    endBeforeStart: 'Bitiş tarihi başlangıç tarihinden önce olamaz.',
  },
  phase: {
    planned: 'Planlandı',
    in_progress: 'Uygulanıyor',
    completed: 'Tamamlandı',
    paused: 'Duraklatıldı',
    stopped: 'Durduruldu',
  },
  visibility: {
    public: 'Kamuya açık',
    internal: 'Dahili',
  },
  delivery: {
    editTitle: 'Düzenle: {{title}}',
    backToProject: 'Projeye dön',
    save: 'Kaydet',
    implementationPlan: 'Uygulama planı',
    implementationPlanHint:
      'İş paketleri, yöntem, devreye alma – dışarıdan bakanların da anlayabileceği şekilde.',
    stopReason: 'Durdurma gerekçesi',
    stopReasonHint:
      'Aşama “Durduruldu” ise zorunludur; kamuya açık projelerde herkes tarafından görülebilir.',
  },
  projects: {
    phase: 'Aşama',
  },
  project: {
    title: 'Başlık',
    summary: 'Kısa açıklama',
    summaryHint: 'Proje genel görünümü için bir iki cümle.',
    description: 'Açıklama ve uygulama planı',
    idea: 'Hayata geçirdiği proje fikri',
    noIdeaOption: 'Proje fikri yok',
    owner: 'Sorumlu Müdürlük',
    lead: 'Proje yöneticisi',
    noLead: 'Henüz proje yöneticisi yok',
    visibility: 'Görünürlük',
    startsOn: 'Başlangıç',
    endsOn: 'Bitiş',
    budgetPlanned: 'Avro olarak planlanan bütçe',
    budgetHint: 'Tüm süre boyunca toplam tutar, örn. 250000.',
    quickWin: 'Hızlı kazanım (Quick Win)',
    quickWinLabel: 'Hızla uygulanabilir ve faydası görünür',
  },
  milestone: {
    reopen: '“{{title}}” kilometre taşını yeniden aç',
  },
  internal: {
    projects: {
      new: 'Yeni proje oluşturun',
      create: 'Proje oluştur',
    },
  },
  journey: {
    project: 'Şu projede uygulanıyor',
    noProjectYet: 'Henüz proje yok',
  },
  translatable: {
    project: 'Proje',
  },
};
