import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './personal.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  personal: {
    organisation: 'Adına konuştuğunuz kuruluş: {{name}}',
    organisationIntro:
      'Belediye yönetimi hesabınızı bu kuruluşla ilişkilendirdi. Bireysel olarak yazmadığınız sürece önerileriniz bu kuruluşun adını taşır. Kuruluşun katkıda bulunduğu projeler:',
    noOrganisationProjects: 'Kuruluş henüz hiçbir kamuya açık projeye katkıda bulunmuyor.',
    title: 'Alanım',
    signedInAs: '{{name}} ({{email}}) olarak giriş yapıldı.',
    contents: 'Alanım içeriği',
    proposals_one: 'Önerim ({{count}})',
    proposals_other: 'Önerilerim ({{count}})',
    supports_one: 'Desteklediklerim ({{count}})',
    supports_other: 'Desteklediklerim ({{count}})',
    supportedOn: '{{date}} tarihinde desteklendi',
    comments_one: 'Yorumum ({{count}})',
    comments_other: 'Yorumlarım ({{count}})',
    follows: 'Bildirimler',
    data: 'Verilerim',
    state: {
      submitted: 'moderasyon incelemesini bekliyor',
      published: 'yayımlandı',
      hidden: 'yayımlanmadı',
      merged: 'bir proje fikrine dahil edildi',
    },
    commentState: {
      submitted: 'inceleme bekliyor',
      published: 'yayımlandı',
      hidden: 'yayımlanmadı',
    },
    reached: 'En son ulaşılan aşama:',
    answer: 'Belediyenin yanıtı:',
    hiddenBecause: 'Gerekçe: {{reason}}',
    noProposals: 'Henüz bir öneri göndermediniz.',
    propose: 'Öneri gönderin',
    noSupports: 'Henüz hiçbir öneriyi desteklemiyorsunuz.',
    browse: 'Önerileri görüntüle',
    noComments: 'Henüz yorum yapmadınız.',
    frequency: { immediate: 'hemen, e-posta ile', weekly: 'haftalık, e-posta ile' },
    unconfirmed: 'Adres henüz onaylanmadı',
    manageFollows: 'Sıklığı değiştir veya bildirimlerden çık',
    noFollows:
      'Hiçbir öneriyi takip etmiyorsunuz. Bir önerinin sayfasında her adımdan haberdar edilmeyi seçebilirsiniz.',
    dataIntro:
      'Hesabınızla ilgili sakladığımız her şeyi dosya olarak indirebilir (DSGVO md. 15 ve 20) ve hesabınızı silebilirsiniz (DSGVO md. 17).',
    download: 'Verilerimi indir (JSON)',
    deleteLink: 'Hesabımı sil',
    staffDelete:
      'Belediye çalışanlarının hesaplarını sistem yönetimi kapatır. Lütfen sistem yönetimine başvurun.',
    deleteTitle: 'Hesabı sil',
    deleteIntro: 'Hesabınızı sildiğinizde şunlar olur:',
    deleteGoes: 'Adınız, e-posta adresiniz, şifreniz ve tüm bildirimler silinir. Her yerden çıkış yapılır.',
    deleteStays:
      'Yayımlanmış öneriler, yorumlar ve destekler, tartışmanın okunabilir kalması için adınız olmadan yerinde kalır; bundan sonra hiç kimseyle ilişkilendirilemezler.',
    deleteAudit:
      'Yönetimin kayıtlarında bir hesabın silindiği bilgisi kalır, ancak kişiliğinize ilişkin hiçbir bilgi kalmaz.',
    deleteFirst: 'Önce verilerinizin bir kopyasını almak ister misiniz?',
    deletePassword: 'Onay için şifreniz',
    deleteUnderstood: 'Silme işleminin geri alınamayacağını anladım.',
    deleteUnderstoodRequired: 'Lütfen silme işleminin geri alınamayacağını onaylayın.',
    deleteSubmit: 'Hesabı kalıcı olarak sil',
    deleteCancel: 'İptal',
    deleted:
      'Hesabınız silindi. Yayımlanmış katkılarınız adınız olmadan yerinde kalır. Katılımınız için teşekkür ederiz!',
  },
};
