import type { de } from './de.ts';
import type { Catalog } from './i18n.ts';

/** Turkish, complete: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  layout: {
    skipToContent: 'İçeriğe geç',
    product: 'Şeffaf dijitalleşme',
    languages: 'Dil',
    productInternal: 'Dahili alan',
    errorTitle: 'Hata: {{title}}',
  },
  nav: {
    menu: 'Menü',
    main: 'Ana menü',
    footer: 'Yasal bilgiler ve hizmet',
    login: 'Giriş yap',
    logout: 'Çıkış yap',
    myArea: 'Alanım ({{name}})',
    internalArea: 'Dahili alan',
    publicPortal: 'Kamuya açık portala git',
  },
  footer: {
    poweredBy: 'Rathaus ile çalışır – EUPL-1.2 lisanslı özgür yazılım.',
  },
  notice: {
    saved: 'Kaydedildi.',
    created: 'Oluşturuldu.',
  },
  confirm: {
    irreversible: 'Bu adım geri alınamaz',
    cancel: 'İptal et ve geri dön',
    edit: 'Geri dön ve düzenlemeye devam et',
  },
  form: {
    choiceGroup_one: '{{group}} ({{count}})',
    choiceGroup_other: '{{group}} ({{count}})',
    errorSummary: 'Lütfen aşağıdaki bilgileri düzeltin',
    tryLater: 'Lütfen daha sonra yeniden deneyin',
    optional: 'isteğe bağlı',
    passwordAgain: 'Güvenliğiniz için parolalar yeniden gösterilmez: lütfen tekrar yazın.',
  },
  validation: {
    url: 'Lütfen http ile başlayan tam bir adres girin.',
    required: 'Lütfen bu alanı doldurun.',
    tooShort: 'Lütfen en az {{min}} karakter girin.',
    tooLong: 'Lütfen en fazla {{max}} karakter girin.',
    tooSmall: 'Değer en az {{min}} olmalıdır.',
    tooBig: 'Değer en fazla {{max}} olabilir.',
    email: 'Lütfen geçerli bir e-posta adresi girin, örn. name@beispiel.de.',
    date: 'Lütfen geçerli bir tarih girin.',
    dateRange: 'Lütfen 1990 ile 2100 arasında bir tarih girin.',
    format: 'Biçim geçerli değil.',
    choice: 'Lütfen sunulan değerlerden birini seçin.',
    selectOne: 'Lütfen en az bir kayıt seçin.',
    money: 'Lütfen avro cinsinden bir tutar girin, örn. 125000 veya 125.000,50.',
  },
  error: {
    backHome: 'Ana sayfaya git',
    requestId: 'Sorularınız için hata numarası: {{id}}',
    NOT_FOUND: {
      title: 'Sayfa bulunamadı',
      text: 'Bu sayfa mevcut değil (artık yok). Lütfen adresi kontrol edin.',
    },
    FORBIDDEN: {
      title: 'Yetkiniz yok',
      text: 'Rolünüz bu sayfayı veya işlemi kullanmanıza izin vermiyor.',
    },
    UNAUTHENTICATED: {
      title: 'Giriş gerekli',
      text: 'Devam etmek için lütfen giriş yapın.',
    },
    CSRF_REJECTED: {
      title: 'Formun süresi doldu',
      text: 'Formun süresi dolmuş veya form bu sayfadan gönderilmemiş. Lütfen sayfayı yeniden yükleyin ve formu tekrar gönderin.',
    },
    RATE_LIMITED: {
      title: 'Çok fazla deneme',
      text: 'Lütfen birkaç dakika bekleyin ve ardından tekrar deneyin.',
    },
    INVALID_STATE: {
      title: 'Mümkün değil',
      text: 'Bu işlem mevcut durumda yapılamaz.',
    },
    CONFLICT: {
      title: 'Çakışma',
      text: 'Bu kayıt zaten mevcut.',
    },
    BAD_REQUEST: {
      title: 'İstek okunamadı',
      text: 'İstek okunamadı; örneğin eksik aktarıldığı veya izin verilmeyen bir karakter içerdiği için. Lütfen tekrar deneyin.',
    },
    PAYLOAD_TOO_LARGE: {
      title: 'Tek seferde çok fazla veri',
      text: 'Gönderdiğiniz veri Rathaus’un kabul ettiğinden büyük: dosyalı formlar en fazla 16 MB, diğerleri en fazla 2 MB. Lütfen „Geri“ ile forma dönün ve daha az veri gönderin, örneğin daha küçük ya da daha az dosya.',
    },
    VALIDATION_FAILED: {
      title: 'Geçersiz istek',
      text: 'İstek geçersiz bilgiler içeriyordu.',
    },
    INTERNAL: {
      title: 'Bir hata oluştu',
      text: 'Maalesef beklenmeyen bir hata oluştu. Lütfen daha sonra tekrar deneyin.',
    },
  },
  list: {
    separator: ', ',
  },
  translation: {
    machine: 'Orijinalinden ({{language}}) makine ile çevrilmiştir.',
    human: 'Orijinalinden ({{language}}) çevrilmiştir.',
    showOriginal: 'Orijinali göster',
    untranslated: 'Henüz çevrilmedi – burada orijinal metin yer alıyor ({{language}}).',
    viewingOriginal: 'Orijinal metni okuyorsunuz ({{language}}).',
    showTranslation: 'Çeviriye dön',
    pageMachine: 'Bu sayfadaki bazı metinler orijinalinden ({{language}}) makine ile çevrilmiştir.',
    pageHuman: 'Bu sayfadaki bazı metinler orijinalinden ({{language}}) çevrilmiştir.',
    pageUntranslated: 'Henüz çevrilmemiş olanlar orijinal dilinde ({{language}}) gösterilir.',
    showOriginals: 'Orijinalleri göster',
    viewingOriginals: 'Bu sayfanın metinlerini orijinal dilinde okuyorsunuz.',
    showTranslations: 'Çevirilere dön',
  },
  consent: {
    title: 'İzleme olmadan istatistik',
    text: 'Sayfa görüntülemelerini ve ziyaretleri sunucuda, çerez kullanmadan ve adresinizi kaydetmeden sayıyoruz. Onay verirseniz bir çerez, tekrar gelen ziyaretleri sayabilmemiz için daha önce burada bulunduğunuzu bir yıl boyunca hatırlar. Reddetmek başka hiçbir şeyi değiştirmez ve hiçbir şey kaydedilmez.',
    accept: 'İstatistik çerezine izin ver',
    reject: 'Yalnızca gerekli çerezler',
    given:
      'İstatistik çerezine izin verdiniz. “Yalnızca gerekli çerezler” ile bunu istediğiniz zaman geri alabilirsiniz.',
  },
  pagination: {
    beyond_one: 'Böyle bir sayfa yok; liste tek sayfadan oluşuyor.',
    beyond_other: 'Böyle bir sayfa yok; liste {{count}} sayfadan oluşuyor.',
    last: 'Son sayfaya git',
    label: 'Sayfalar',
    previous: 'Önceki sayfa',
    next: 'Sonraki sayfa',
    pageOf: 'Sayfa {{page}} / {{pages}}',
  },
  status: {
    on_track: 'Plana uygun',
    at_risk: 'Risk altında',
    off_track: 'Kritik',
    none: 'Henüz durum yok',
  },
  mail: {
    signatureAccount:
      'Saygılarımızla\n{{city}} Belediyesi – Vatandaş Katılımı Ekibi\n\nBu mesaj, hesabınıza kayıtlı adrese otomatik olarak gönderilmiştir.',
    greeting: 'Merhaba,',
    signature:
      'Saygılarımızla\n{{city}} Belediyesi – Vatandaş Katılımı Ekibi\n\nBu mesaj, bir öneride e-posta adresinizi belirttiğiniz için otomatik olarak gönderilmiştir.',
  },
};
