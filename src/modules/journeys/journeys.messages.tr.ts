import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './journeys.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  subscriptions: {
    followTitle: 'Bu öneriyi takip edin',
    followIntro:
      'Öneri bir proje fikrinde toplandığında, bir projede uygulandığında veya yeni bir proje durumu onaylandığında e-posta alın.',
    followButton: 'Takip et',
    followRequested:
      'Neredeyse tamam: Lütfen size gönderdiğimiz e-postadaki bağlantı aracılığıyla adresinizi onaylayın.',
    followed: 'Bu öneriyi takip ediyorsunuz.',
    consent:
      'Belediyenin, beni bu öneri hakkında bilgilendirmek amacıyla e-posta adresimi saklamasını kabul ediyorum. Bunu istediğim zaman tek tıkla sonlandırabilirim.',
  },
  supports: {
    title: 'Destekle',
    label: 'Destekler',
    count_one: '{{count}} destek',
    count_other: '{{count}} destek',
    intro_one: 'Şimdiye kadar {{count}} kişi bu öneriyi destekliyor.',
    intro_other: 'Şimdiye kadar {{count}} kişi bu öneriyi destekliyor.',
    signIn: 'Öneriyi desteklemek için giriş yapın (veya ücretsiz bir hesap oluşturun).',
    notify: 'Bu öneride bir gelişme olduğunda e-posta ile bilgilendir',
    button: 'Öneriyi destekle',
    youSupport: 'Bu öneriyi destekliyorsunuz.',
    withdraw: 'Desteği geri çek',
    thanks: 'Desteğiniz için teşekkür ederiz.',
    withdrawn: 'Desteğiniz geri çekildi.',
  },
  comments: {
    title_one: '{{count}} yorum',
    title_other: '{{count}} yorum',
    none: 'Henüz yorum yok.',
    label: 'Yorumunuz',
    replyLabel: 'Yanıtınız',
    hint: 'Yorumlar yayımlanmadan önce incelenir. Lütfen nesnel kalın ve üçüncü kişilere ait kişisel verileri paylaşmayın.',
    send: 'Yorumu gönder',
    sendReply: 'Yanıtı gönder',
    reply: 'Yanıtla',
    signIn: 'Yorum yapmak için giriş yapın (veya ücretsiz bir hesap oluşturun).',
    submitted: 'Teşekkürler! Yorumunuz, moderasyon ekibi inceledikten sonra görünecektir.',
  },
  flag: {
    proposal: 'Bu öneriyi bildir',
    comment: 'Yorumu bildir',
    reason: 'Sorun nedir?',
    hint: 'Örneğin hakaret, reklam veya kişisel veriler. Moderasyon ekibi bunu inceleyecektir.',
    send: 'Bildirimi gönder',
    thanks: 'Bildiriminiz için teşekkür ederiz. Moderasyon ekibi katkıyı inceleyecektir.',
  },
  proposals: {
    title: 'Öneriler',
    intro: 'Belediyenin katılım süreçlerinden yayımlanan tüm öneriler.',
    submitOwn: 'Kendi önerinizi gönderin',
    search: 'Arama terimi',
    searchButton: 'Ara',
    count_one: '{{count}} öneri bulundu',
    count_other: '{{count}} öneri bulundu',
    countMany:
      '{{count}} öneriden fazla bulundu. En yeniler önce gelir; daha fazla arama kelimesi sonuçları daraltır.',
    noMatch: 'Daha az ya da farklı arama kelimeleri daha çok sonuç bulur; kelimenin başı yeterlidir.',
    referencePending:
      '{{reference}} numaralı öneri alındı ve Vatandaş Katılımı Ekibi tarafından inceleniyor. Yayımlandığında onu burada bulabilirsiniz.',
    referenceHidden: '{{reference}} numaralı öneri kamuya açık olarak görünmüyor.',
    attribution: 'Kaynak ve lisans: {{text}}',
    field: 'Eylem alanı',
    allFields: 'Tüm eylem alanları',
    standing: 'Durum',
    allStandings: 'Her durum',
    standings: {
      open: 'Henüz yanıtlanmadı',
      merged: 'Bir proje fikrinde birleştirildi',
      evaluating: 'İnceleniyor',
      accepted: 'Ele alınacak',
      rejected: 'Sürdürülmeyecek',
    },
    authorFilter: 'Gönderen',
    allAuthors: 'Tümü',
    sort: 'Sıralama',
    sorts: {
      newest: 'Önce en yeniler',
      supported: 'En çok desteklenenler',
      commented: 'En çok yorum alanlar',
      relevance: 'En iyi eşleşmeler',
    },
    comments_one: '{{count}} yorum',
    comments_other: '{{count}} yorum',
  },
  journey: {
    title: 'Bu öneriye ne oldu?',
    followingNow: 'Bu öneriyi takip ediyorsunuz ve her gelişmeyi hemen e-posta ile öğreniyorsunuz.',
    followingWeekly: 'Bu öneriyi takip ediyorsunuz ve haftada bir kez e-posta ile bir özet alıyorsunuz.',
    manageFollowing: 'Sıklığı değiştir veya aboneliği iptal et',
    submitted: 'Gönderildi',
    published: 'Yayımlandı',
  },
};
