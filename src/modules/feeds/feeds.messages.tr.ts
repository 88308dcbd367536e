import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './feeds.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  feeds: {
    pageTitle: 'Haberlere abone olun',
    intro:
      'Bir besleme okuyucusuyla sayfaları ziyaret etmeden yeni duyurulardan haberdar olursunuz; bir takvim aboneliğiyle kamuya açık tarihler takviminize gelir. Bunun için hesaba ihtiyacınız yoktur ve Rathaus sizin hakkınızda hiçbir şey kaydetmez.',
    feedsTitle: 'Beslemeler (Atom)',
    feedsIntro:
      'Bir beslemenin adresini besleme okuyucunuza kopyalayın (örneğin Thunderbird, Feedly veya NetNewsWire). Her proje sayfasının ayrıca kendi beslemesi vardır.',
    allNews: 'Projelerden tüm haberler',
    answers: 'Belediyenin önerilere yanıtları',
    byField: 'Eylem alanına göre haberler',
    calendarTitle: 'Takvim (iCalendar)',
    calendarIntro:
      'Atölyeler, dijitalleşme gündemi hakkında belediye meclisi kararları ve yeni ilerleme raporları. Adresi takviminize abonelik olarak ekleyin („Takvime abone ol“ veya „İnternetten“); takvim kendiliğinden güncel kalır.',
    publicDates: 'Kamuya açık tarihler',
    address: 'Adres: {{url}}',
    emailHint: 'Bir öneriyi takip ettiğinizde e-posta ile bilgilendirilirsiniz.',
    projectFeed: 'Bu projenin haberleri besleme olarak (Atom)',
    feedLink: 'Haberler besleme olarak (Atom)',
    newsTitle: 'Dijitalleşme projelerinden haberler – {{city}}',
    newsSubtitle: 'Dijital şehir ve yönetim projelerinin duyuruları',
    projectNewsTitle: 'Haberler: {{project}} – {{city}}',
    fieldNewsTitle: '„{{field}}“ eylem alanındaki haberler – {{city}}',
    answersTitle: 'Belediyenin önerilere yanıtları – {{city}}',
    answerEntry: 'Belediyenin yanıtı: {{title}}',
    answerState: 'Durum: {{state}}',
    newsEntryProject: 'Proje: {{project}}',
    rights: 'Metinler Almanya Veri Lisansı – Atıf – Sürüm 2.0 (dl-de/by-2-0) kapsamındadır',
    publicCalendarName: 'Dijitalleşme {{city}}: tarihler',
    publicCalendarDescription:
      '{{city}} dijitalleşmesinin kamuya açık tarihleri: atölyeler, meclis kararları ve ilerleme raporları.',
    workshop: 'Atölye: {{title}}',
    workshopDetail: 'Düzenleyen: {{organiser}}.',
    council: 'Meclis kararı: dijitalleşme gündemi {{year}}',
    councilReference: 'Karar {{reference}}',
    report: 'İlerleme raporu yayımlandı: {{title}}',
    personalCalendarName: 'Rathaus’taki son tarihlerim',
    dueStatusReport: 'Durum raporu son tarihi: {{project}} ({{period}})',
    dueMilestone: 'Kilometre taşı: {{title}} ({{project}})',
    dueActionItem: 'Görev son tarihi: {{title}}',
    dueRollup: 'Özet son tarihi: {{department}} ({{period}})',
    mineTitle: 'Tarihlerim takvimimde',
    mineIntro:
      'Son tarihleriniz takviminizde (Outlook, Thunderbird, akıllı telefon): projelerinizin durum raporları ve açık kilometre taşları, toplantılardan görevleriniz ve, bir daireyi yönetiyorsanız, onun özetleri. Takvim değişiklikleri kendiliğinden alır.',
    mineSecret:
      'Adres kişiseldir: onu bilen herkes tarihlerinizi görür. Başkasına vermeyin. Yanlış ellere geçtiyse yeni bir adres oluşturun – eskisi o zaman çalışmaz.',
    mineNone: 'Henüz bir takvim adresiniz yok.',
    mineCreate: 'Takvim adresi oluştur',
    mineAddress: 'Takvim adresiniz',
    mineCreated: '{{date}} tarihinde oluşturuldu',
    mineLastUsed: 'en son {{date}} tarihinde alındı',
    mineNeverUsed: 'henüz alınmadı',
    mineRenew: 'Yeni adres oluştur',
    mineRemove: 'Adresi sil',
    mineUpcoming: 'Takvimde olanlar',
    mineUpcomingNone: 'Şu anda sizin için son tarihi gelen bir şey yok.',
    mineMore: 've {{count}} tane daha',
    day: 'Tarih',
    what: 'Kayıt',
    manage: 'Tarihlerim takvim aboneliği olarak',
  },
  notice: {
    calendarCreated: 'Takvim adresiniz oluşturuldu.',
    calendarRenewed: 'Yeni takvim adresi geçerli; eskisi artık çalışmıyor.',
    calendarRemoved: 'Takvim adresi silindi.',
  },
  footer: { subscribe: 'Abone ol' },
};
