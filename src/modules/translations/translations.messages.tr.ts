import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './translations.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    translation_glossary: 'Çeviri sözlüğü',
    translation_usage: 'Çeviri kotası',
  },
  nav: {
    internal: {
      translations: 'Çeviriler',
    },
  },
  translations: {
    title: 'Çeviriler',
    intro:
      'Şehrin içerikleri İngilizce, Türkçe ve Arapça olarak yayımlanır; insanların başka bir dilde yazdıkları Almanca olarak da yayımlanır. Makine çevirileri yayımlandıktan ve her değişiklikten sonra yapılır; burada onları kontrol eder ve düzeltirsiniz.',
    provider: 'Çeviri hizmeti',
    providerNone: 'Kurulu değil – yalnızca insanlar çeviriyor (TRANSLATION_PROVIDER).',
    usage: 'Bu ay çevrilen: {{budget}} karakterin {{used}} karakteri.',
    paused: 'Makine çevirisi {{date}} tarihinden beri duraklatıldı.',
    pausedReason: {
      budget: 'Aylık karakter bütçesi tükendi (TRANSLATION_MONTHLY_CHARACTERS).',
      provider_quota: 'Hizmet, hesabın kotasının dolduğunu bildiriyor.',
      provider_auth: 'Hizmet API anahtarını reddetti.',
    },
    pausedHint:
      'Gelecek aya kadar hiçbir şey gönderilmez; bu süre içinde sayfalar orijinali gösterir. Bütçe veya kota artırıldıktan sonra buradan devam edebilirsiniz.',
    resume: 'Makine çevirisine devam et',
    filter: 'Çevirileri filtrele',
    language: 'Dil',
    allLanguages: 'Tüm diller',
    onlyReview: 'Yalnızca kontrol edilecekler',
    apply: 'Uygula',
    caption_one: '{{count}} çeviri',
    caption_other: '{{count}} çeviri',
    none: 'Bu seçim için çeviri yok.',
    record: 'İçerik',
    text: 'Çeviri',
    origin: 'Kaynak',
    originMachine: 'makine ({{provider}})',
    originHuman: 'bir kişi tarafından',
    reviewed: '{{date}} tarihinde kontrol edildi',
    needsReview: 'Orijinal değişti – lütfen kontrol edin',
    edit: 'Kontrol et',
    editTitle: 'Çeviriyi kontrol et',
    original: 'Orijinal ({{language}})',
    translation: 'Çeviri ({{language}})',
    machineOf: '{{date}} tarihinde {{provider}} ({{model}}) ile makine çevirisi yapıldı.',
    save: 'Kaydet ve kontrol edildi olarak işaretle',
    back: 'Çevirilere dön',
    glossary: 'Sözlük',
    glossaryIntro:
      'Şehrin terimleri ve sabit çevirileri (örneğin Amt ▸ Müdürlük). Çeviri hizmeti bunları Almancadan yapılan her çeviride alır.',
    term: 'Terim (Almanca)',
    termTranslation: 'Çeviri',
    termTaken: 'Bu terim bu dil için zaten var; değiştirmek için önce kaldırın.',
    addTerm: 'Terimi ekle',
    remove: 'Kaldır',
    noTerms: 'Henüz terim yok.',
    field: {
      title: 'Başlık',
      summary: 'Özet',
      description: 'Açıklama',
      body: 'Metin',
      text: 'Metin',
      name: 'Ad',
      definition: 'Tanım',
      introduction: 'Giriş',
      note: 'Not',
    },
    kind: 'Tür',
    allKinds: 'Tüm türler',
  },
  mail: {
    translationStopped: {
      subject: '{{city}}: Makine çevirisi durduruldu',
      text: 'İçeriklerin makine çevirisi bu ay için durduruldu. Neden: {{reason}} O zamana kadar diğer dillerdeki sayfalar orijinali gösterir. Ayrıntılar ve devam etme:',
    },
  },
};
