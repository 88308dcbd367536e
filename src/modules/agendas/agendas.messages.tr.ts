import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './agendas.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    agenda: 'Gündem',
    agenda_version: 'Gündem sürümü',
  },
  nav: {
    agenda: 'Gündem',
    internal: {
      agenda: 'Yıllık gündem',
    },
  },
  agenda: {
    title: 'Dijital Yönetim Yıllık Gündemi',
    intro:
      'Belediye Meclisi her yıl belediye yönetiminin dijitalleşme girişimlerinden oluşan bir gündem kabul eder. Kabul edilen gündemler, Meclis kararıyla birlikte burada yer alır.',
    none: 'Henüz kabul edilmiş bir gündem yok.',
    label: 'Gündem {{year}}',
    projectOnAgendas: 'Meclis projeyi şu yıllık gündemle kabul etti:',
    adoptedOn: '{{date}} tarihinde kabul edildi',
    decisionDate: 'Meclis kararının tarihi',
    decisionInFuture: 'Kararın tarihi bugünden sonra olamaz.',
    decisionReference: 'Meclis belgesi / dosya numarası',
    decisionReferenceHint: 'Meclis bilgi sistemindeki gibi, örn. “1712345”.',
    decidedText: 'Karar metni',
    councilDocument: 'Meclis bilgi sistemindeki belge',
    oparl: 'Kararın OParl adresi',
    items_one: '{{count}} girişim',
    items_other: '{{count}} girişim',
    internalItems_one: 'Buna ek olarak yönetimin {{count}} dahili girişimi var.',
    internalItems_other: 'Buna ek olarak yönetimin {{count}} dahili girişimi var.',
    otherYears: 'Diğer yılların gündemleri',
    adminTitle: 'Yıllık gündem',
    adminIntro:
      'Dijitalleşme ekibi gündemi, önceliklendirilmiş proje fikirlerinden ve devam eden projelerden derler. Kaydedilen her metin bir sürüm olarak saklanır; en yeni sürüm sunulur ve Belediye Meclisi tarafından kabul edilir.',
    states: {
      draft: 'Taslak',
      submitted: 'Meclise sunuldu',
      adopted: 'kabul edildi',
    },
    stateLine: 'Durum: {{state}}',
    start: '{{year}} gündemini başlat',
    publicLink: 'Kamuya açık metni görüntüle',
    versions: 'Sürümler',
    savedOn: 'Kaydedilme tarihi',
    note: 'Ne değişti?',
    noteHint: 'Örneğin “Okullarda WLAN girişimi, Okul Müdürlüğünün görüşü üzerine eklendi”.',
    newVersion: 'Yeni sürümü kaydet',
    firstVersion: 'İlk taslağı oluştur',
    fieldTitle: 'Başlık',
    defaultTitle: 'Dijital Yönetim Gündemi {{year}}',
    introduction: 'Giriş',
    chooseItems: 'Gündemdeki girişimler',
    chooseItemsHint: 'Öncelik sırasına göre; hızlı kazanımlar (Quick Wins) işaretlenmiştir.',
    topItemsHint:
      'Burada önceliklendirmenin ilk {{count}} kaydı ve seçilen girişimler yer alır; diğerlerini listenin altından seçebilirsiniz.',
    addItem: 'Başka bir girişim ekleyin',
    addItemNone: '– hiçbiri –',
    saveVersion: 'Sürümü kaydet',
    submitHint:
      '{{version}}. sürümü Meclise sun. Bundan sonra gündem artık değiştirilmez; Meclis kararı alındığında onu bu sayfada kaydedersiniz.',
    submit: 'Meclise sun',
    submitTitle: '{{year}} gündemi meclise sunulsun mu?',
    submitHeading: 'Sonrasında değiştirilemez',
    submitIntro_one: '{{count}} tedbir içeren {{version}}. sürümü sunuyorsunuz.',
    submitIntro_other: '{{count}} tedbir içeren {{version}}. sürümü sunuyorsunuz.',
    submitFrozen:
      'Karar gündemle örtüşsün diye gündem bundan sonra değiştirilmez. Meclis kararını ardından gündemin sayfasında kaydedersiniz.',
    recordDecision: 'Meclis kararını kaydet',
    adopt: 'Kararı kaydet ve yayımla',
  },
  translatable: {
    agenda_version: 'Kabul edilen gündem',
  },
};
