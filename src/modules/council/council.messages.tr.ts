import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './council.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    council_source: 'Meclis bilgi sistemi',
    report: 'İlerleme raporu',
  },
  nav: {
    internal: {
      council: 'Meclis bilgileri',
    },
  },
  council: {
    title: 'Meclis bilgi sistemi (OParl)',
    intro:
      'Rathaus, Meclis belgelerini, oturumlarını ve kararlarını Meclis bilgi sisteminin OParl arayüzü üzerinden okur. Böylece CDO ekibi bir gündemi veya raporu, adres yazmak yerine ilgili belgeyle bağlar; karar da gündem sayfasında ve proje sayfalarında görünür.',
    systemUrl: 'OParl sisteminin adresi',
    systemUrlHint:
      'Arayüzün System nesnesinin adresi, örn. https://www.bonn.sitzung-online.de/public/oparl/system. Rathaus yalnızca aynı sunucudaki adresleri izler.',
    body: 'Kurum',
    bodyHint: 'Sistem birden fazla kurum sunuyor. Rathaus’un belgelerini okuyacağı kurumu seçin.',
    bodyChoose: 'Lütfen seçin',
    save: 'Kaydet ve eşitle',
    status: 'Eşitleme durumu',
    notConfigured: 'Henüz bir Meclis bilgi sistemi ayarlanmadı.',
    lastRun: 'Son eşitleme',
    lastSuccess: 'Son başarılı eşitleme',
    lastChanges: 'Bu sırada okunanlar',
    lastCounts: '{{papers}} değişen belge, {{meetings}} değişen oturum, {{pages}} sayfa',
    resumes: 'Yarıda kalan eşitleme',
    resumeCounts:
      'Şimdiye kadar {{papers}} belge, {{meetings}} oturum, {{pages}} sayfa; bir sonraki eşitleme durduğu sayfadan devam eder.',
    never: 'henüz yapılmadı',
    papersKnown: 'Bilinen belgeler',
    latestPaper: 'En yeni belgenin tarihi',
    failed: 'Son eşitleme tam olarak tamamlanamadı',
    failedHint:
      'Daha önce okunan belgeler korunur; bir sonraki eşitleme aynı noktadan devam eder. Hata mesajı şöyle:',
    needsBody: 'Lütfen yukarıda Rathaus’un belgelerini okuyacağı kurumu seçin.',
    schedule:
      'Rathaus her saat eşitleme yapar ve bu sırada yalnızca son başarılı eşitlemeden bu yana değişenleri sorgular; haftada bir kez her şeyi okur.',
    syncNow: 'Şimdi eşitle',
    disconnect: 'Bağlantıyı kes',
    disconnectHint:
      'Bundan sonra Rathaus, Meclis bilgi sisteminden hiçbir şey okumaz. Okunan belgeler ve bağlantıları korunur.',
    synced: 'Eşitleme tamamlandı.',
    syncQueued: 'Eşitleme arka planda çalışıyor. Biraz sonra sayfayı yeniden yükleyin.',
    syncFailed: 'Eşitleme tam olarak tamamlanamadı; ayrıntıları “Eşitleme durumu” bölümünde bulabilirsiniz.',
    disconnected: 'Meclis bilgi sistemiyle bağlantı kesildi.',
    papers: 'Meclis belgeleri',
    paperLinked: 'Belge bağlandı.',
    paperUnlinked: 'Bağlantı kaldırıldı.',
    linkedNone: 'Henüz bağlı bir belge yok.',
    search: 'Belge ara',
    searchHint: 'Meclis belgesi numarası veya konu satırından kelimeler, örn. “Digitalisierungsagenda”',
    searchButton: 'Ara',
    results: '“{{q}}” için belgeler',
    noResults: '“{{q}}” için belge bulunamadı.',
    link: 'Bağla',
    alreadyLinked: 'Zaten bağlı.',
    unlink: 'Bağlantıyı kaldır',
    setUp: 'Önce Meclis bilgi sistemini ayarlayın',
    setUpAsk: 'Meclis bilgi sistemini CDO ekibi “Meclis bilgileri” bölümünde ayarlar.',
    agendaItem: 'gündem maddesi {{number}}',
    meetingUnknown: 'Oturum henüz belli değil',
    noResult: 'henüz sonuç yok',
    cancelled: 'iptal edildi',
    deleted: 'Meclis bilgi sisteminde geri çekildi veya silindi.',
    decisions: 'Meclis kararları',
    decisionsSource: 'Belediyenin Meclis bilgi sisteminden: belgeler, görüşmeleri ve sonuçları.',
    presented: 'Meclise sunuldu',
  },
};
