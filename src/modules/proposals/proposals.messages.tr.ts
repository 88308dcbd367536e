import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './proposals.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    proposal: 'Öneri',
  },
  nav: {
    participate: 'Katılın',
  },
  notice: {
    submitted: 'Teşekkür ederiz, öneriniz alındı.',
  },
  validation: {
    attachmentTooLarge: '“{{name}}” dosyası {{max}} MB’tan büyük.',
    attachmentType: '“{{name}}” dosyası PDF, PNG veya JPEG değil.',
    attachmentsTooMany: 'Lütfen en fazla {{max}} dosya ekleyin.',
    attachAgain:
      'Dosyalarınız henüz kaydedilmedi. Diğer bilgileri düzelttikten sonra lütfen dosyaları yeniden seçin.',
    attachmentsBusy:
      'Şu anda dosya kabul edilemiyor. Lütfen öneriyi dosyasız gönderin veya daha sonra tekrar deneyin.',
    authorKind: 'Lütfen öneriyi kimin gönderdiğini seçin.',
    organisationRequired: 'Lütfen kuruluşunuzun adını belirtin.',
    reasonRequired: 'Lütfen gizleme için bir gerekçe belirtin.',
    consentRequired: 'Lütfen e-posta adresinizin işlenmesine onay verin – ya da alanı boş bırakın.',
  },
  authorKind: {
    citizen: 'Vatandaş',
    company: 'Şirket',
    startup: 'Girişim (start-up)',
    science: 'Bilim',
    authority: 'Kamu kurumu',
    ngo: 'Dernek veya girişim grubu',
    staff: 'Belediye çalışanı',
  },
  subscriptions: {
    freq: {
      immediate: 'Her gelişmede hemen',
      weekly: 'Haftada bir kez özet olarak',
    },
  },
  participate: {
    notify: 'Öneriniz hakkında ne sıklıkla bilgilendirilmek istersiniz?',
    followAccount: 'Önerinizde bir gelişme olduğunda hesabınızın adresine yazacağız.',
    followLink:
      'Belirttiğiniz adrese bir bağlantı gönderdik. Lütfen bu bağlantıyla adresinizi onaylayın; aksi takdirde adresi 30 gün sonra sileriz.',
    followNone: 'E-posta adresi belirtmediniz, bu nedenle size yazmayacağız.',
    toMine: 'Alanım’daki önerileriniz',
    followSent:
      'Bir e-posta adresi belirttiyseniz size bir bağlantı gönderdik. Lütfen bu bağlantıyla adresinizi onaylayın; aksi takdirde adresi 30 gün sonra sileriz.',
    title: 'Katılın',
    intro:
      'Dijital bir şehir ve yönetim için fikriniz: Belediye neleri dijital olarak sunmalı veya iyileştirmeli? Vatandaş Katılımı Ekibi her öneriyi inceler ve genellikle iki iş günü içinde yayımlar.',
    browse: 'Yayımlanmış önerileri görüntüle',
    formTitle: 'Öneriniz',
    privacyNote:
      'E-posta adresiniz yayımlanmaz ve yalnızca sizi öneriniz hakkında bilgilendirmek için kullanılır. Daha fazla bilgi:',
    submit: 'Öneriyi gönder',
    rateLimited: 'Bağlantınızdan kısa sürede çok sayıda öneri geldi. Lütfen bir saat sonra tekrar deneyin.',
    rateLimitedAccount: 'Kısa sürede çok sayıda öneri gönderdiniz. Lütfen bir saat sonra tekrar deneyin.',
    tooOften: 'Bu, kısa sürede çok sık denendi. Lütfen bir saat sonra tekrar deneyin.',
    consent:
      'Belediyenin bu öneri için bilgilerimi, özellikle e-posta adresimi işlemesine onay veriyorum (bir e-posta adresi belirtirseniz gereklidir).',
    similarLive: 'Benzer yayımlanmış öneriler',
    similarTitle: 'Öneriniz zaten var mı?',
    similarIntro_one: 'Bu yayımlanmış öneri sizinkine benziyor:',
    similarIntro_other: 'Bu {{count}} yayımlanmış öneri sizinkine benziyor:',
    degree: {
      nearlySame: 'neredeyse aynı',
      verySimilar: 'çok benzer',
      similar: 'benzer',
      related: 'ilgili konu',
    },
    sameTitle: 'aynı başlık',
    similarHow:
      'Benzerlik, ortak kelimeler, kelime parçaları ve eş anlamlılardan hesaplanır; nadir kelimeler daha fazla ağırlık taşır. Önerinizin yeni olup olmadığına siz karar verirsiniz.',
    yourProposal: 'Öneriniz',
    submitAnyway: 'Yine de gönder',
    editAgain: 'Öneriyi düzenle',
    checkAgain:
      'Form, açıldıktan çok kısa süre sonra geldi. Otomatik gönderimlere karşı koruma için: Lütfen bilgilerinizi kontrol edin ve formu yeniden gönderin. Yazdıklarınız korunuyor.',
    checkAgainStale:
      'Form çok uzun süre açık kaldı veya daha eski bir sayfadan geliyor. Lütfen bilgilerinizi kontrol edin ve formu yeniden gönderin. Yazdıklarınız korunuyor.',
    thanksTitle: 'Öneriniz için çok teşekkür ederiz',
    thanksText: 'Öneriniz {{reference}} numarasıyla alındı.',
    thanksNext:
      'Vatandaş Katılımı Ekibi öneriyi inceleyip ardından yayımlayacaktır. Sorularınız için lütfen bu numarayı not edin.',
  },
  proposal: {
    attachmentsKept: 'Bu dosyalar zaten eklenmiş ve ekli kalacak:',
    workshop: 'Geldiği atölye',
    label: 'Öneri {{number}}',
    field: {
      place: 'Yer',
      attachments: 'Ekler',
      title: 'Başlık',
      body: 'Açıklama',
      authorKind: 'Gönderen sıfatınız',
      organisationName: 'Kuruluşun adı',
      email: 'E-posta adresi',
    },
    hint: {
      place: 'Öneriniz nerede geçerli? Örneğin bir sokak, bir semt veya bir bina.',
      attachments:
        'Her biri en fazla 5 MB olan en çok 3 dosya (PDF, PNG veya JPEG). Dosyalar öneriyle birlikte yayımlanır.',
      title: 'Kısa bir başlık, örn. “Hacimli atıkları çevrim içi bildirme”.',
      body: 'Sorun nedir ve ne öneriyorsunuz? Lütfen üçüncü kişilere ait kişisel veri paylaşmayın.',
      organisationName:
        'Şirketler, girişimler (start-up), bilim kuruluşları, kamu kurumları ve dernekler için gereklidir; aksi hâlde boş bırakın.',
      email: 'Önerinize ne olduğunu öğrenmek istiyorsanız.',
    },
    noFieldOfAction: 'Bilmiyorum',
    author: 'Gönderen',
    submittedOn: 'Gönderilme tarihi',
    source: 'Kaynak:',
  },
  moderation: {
    originalUnknown: 'Lütfen yayımlanmış bir önerinin numarasını belirtin.',
    originalSelected: 'Asıl öneri seçilenler arasında olamaz.',
    publishWithReason: 'Gerekçe yalnızca “Seçilenleri gizle” içindir. Yayımlamak için bu alanı boş bırakın.',
    publishWithOriginal:
      'Asıl öneri yalnızca “Mükerrer olarak işaretle” içindir. Yayımlamak için bu alanı boş bırakın.',
  },
  answer: {
    title: 'Belediyenin yanıtı',
    none: 'Belediye bu öneriye henüz yanıt vermedi.',
    give: 'Belediye adına yanıt verin',
    change: 'Yanıtı değiştir',
    stateLabel: 'Durum',
    state: {
      evaluating: 'İnceleniyor',
      accepted: 'Ele alınacak',
      rejected: 'Sürdürülmeyecek',
      merged: 'Başka önerilerle birleştirildi',
    },
    textLabel: 'Yanıt',
    textHint:
      'Kamuya açık olarak görünür ve öneriyi takip eden herkese gönderilir. “Sürdürülmeyecek” durumunda lütfen gerekçeyi belirtin.',
    submit: 'Yanıtı yayımla',
    saved: 'Yanıt yayımlandı; öneriyi takip edenler yanıtı e-posta ile alacak.',
    step: 'Belediyenin yanıtı: {{state}}',
  },
  translatable: {
    proposal: 'Öneri',
    proposal_answer: 'Şehrin yanıtı',
  },
};
