import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './legal.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    accessibility_feedback: 'Erişilebilirlik geri bildirimi',
  },
  legal: {
    imprint: {
      title: 'Künye',
      text: [
        '{{city}} Belediyesi Şeffaflık Portalı için Digitale-Dienste-Gesetz (Dijital Hizmetler Kanunu) § 5 ve Medienstaatsvertrag (Medya Eyaletlerarası Antlaşması) § 18 uyarınca bilgiler.',
      ],
      organisation: 'Yayıncı',
      address: 'Adres',
      representative: 'Temsilci',
      email: 'E-posta',
      phone: 'Telefon',
      missing: 'Belediye künye bilgilerini henüz girmedi.',
    },
    privacy: {
      title: 'Gizlilik bildirimi',
      text: [
        'Bu portalda kişisel verilerin işlenmesinden {{city}} Belediyesi sorumludur. Veri koruma ile ilgili iletişim: {{contact}}.',
        'Bir öneri gönderdiğinizde başlığı, açıklamayı, kimin adına gönderdiğinize ilişkin bilgiyi, gerekirse kuruluşunuzun adını ve – isteğe bağlı olarak – e-posta adresinizi işleriz (DSGVO md. 6 f. 1 bent e, vatandaş katılımına ilişkin hükümlerle bağlantılı olarak). E-posta adresi hiçbir zaman yayımlanmaz.',
        'Sayfalar açıldığında sunucu, içeriğin iletilmesi ve kötüye kullanıma karşı koruma için teknik olarak gerekli verileri (IP adresi, zaman, açılan sayfa) işler; giriş ve gönderim denemelerini sınırlamak için IP adresi en fazla 24 saat saklanır.',
        'Bu portal üçüncü taraflara ait içerik kullanmaz: yazı tipleri, betikler ve stiller doğrudan belediye tarafından sunulur. Reklam çerezi yoktur; tekrarlanan ziyaretleri sayan istatistik çerezi yalnızca onay verdiyseniz kullanılır (bkz. çerez ayarları).',
        'Bildirimler: Bir öneriyi takip ettiğinizde veya önerinizde bir e-posta adresi belirttiğinizde, size önce bir onay bağlantısı göndeririz (çift onay / Double-Opt-in); desteklerken veya takip ederken isterseniz hesabınızın onaylı adresine bu adım olmadan yazarız. Size ancak onaydan sonra – seçiminize göre hemen veya haftada bir kez – yazarız. Onaylanmamış adresleri 30 gün sonra sileriz. Her e-posta, tüm bildirimlerden tek tıkla çıkmanızı sağlayan bir bağlantı içerir; bu durumda adres silinir.',
        'Ekler, yorumlar ve destekler: Bir öneriye eklediğiniz dosyalar öneriyle birlikte yayımlanır; gönderilmemiş dosyaları bir gün sonra sileriz. Yorumlar, hesabınızın görünen adıyla yayımlanır. Bir öneriyi destekleyenlerin adı belirtilmez; yalnızca destek sayısı yayımlanır. Katkılara ilişkin bildirimleri yalnızca moderatörler görür.',
        'Bilgi edinme, düzeltme, silme, işlemenin kısıtlanması, veri taşınabilirliği ve itiraz haklarına (DSGVO md. 15–21) ve Kuzey Ren-Vestfalya Eyaleti Veri Koruma ve Bilgi Edinme Özgürlüğü Görevlisine (Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen) şikâyette bulunma hakkına sahipsiniz.',
      ],
    },
    accessibility: {
      title: 'Erişilebilirlik beyanı',
      text: [
        '{{city}} Belediyesi, bu portalı Barrierefreie-Informationstechnik-Verordnung (Engelsiz Bilgi Teknolojisi Yönetmeliği; BITV 2.0, BITV NRW) ve EN 301 549 (WCAG 2.1, AA düzeyi) standardı doğrultusunda erişilebilir kılmaya çalışmaktadır.',
        'Uyumluluk durumu: Her sayfa, her değişiklikte axe ile otomatik olarak test edilir; JavaScript olmadan ve tamamen klavyeyle kullanılabilir.',
        'Önceki katılım süreçlerinden gelen veriler (örn. 2017 Bisiklet Diyaloğu / Rad-Dialog 2017) gönderildikleri şekilde yayımlanır ve Kolay Dil’de (Leichte Sprache) mevcut değildir.',
        'Engelleri bildirin: Erişim engelleriyle karşılaşırsanız {{contact}} adresine yazın. Bir ay içinde yanıt veririz – veya aşağıdaki formu kullanın.',
        'Uzlaştırma süreci: Bildiriminiz yanıtsız kalırsa veya yanıt sizi tatmin etmezse, şehrin bulunduğu eyalette erişilebilirliği denetleyen makama (uzlaştırma veya ombudsmanlık ofisi) başvurabilirsiniz.',
      ],
    },
    feedback: {
      title: 'Engel bildirin',
      intro:
        'Bu portalda size erişilebilir olmayan bir şey mi var? Burada açıklayın. Bir ay içinde yanıt veriyoruz; e-posta adresi olmadan bildiriminiz anonim kalır.',
      page: 'Sayfa (adres veya ad)',
      message: 'Erişilebilir olmayan nedir?',
      email: 'Yanıt için e-posta adresi',
      submit: 'Bildirimi gönder',
      sent: 'Bildiriminiz için teşekkürler. Bir ay içinde yanıt veriyoruz.',
      sentNoReply:
        'Bildiriminiz için teşekkürler. Bir ay içinde ele alıyoruz; e-posta adresi olmadan size yanıt veremeyiz.',
      staffTitle: 'Bildirilen engeller',
      staffIntro:
        'Erişilebilirlik beyanından gelen bildirimler. Her biri bir ay içinde yanıtlanmalıdır; bir hafta önce ve gecikme durumunda hatırlatma gelir.',
      due: 'Yanıt son tarihi: {{date}}',
      overdue: 'gecikmiş',
      answeredOn: '{{date}} tarihinde yanıtlandı',
      answer: 'Yanıt',
      answerButton: 'Yanıtı kaydet ve gönder',
      answerSave: 'Yanıtı kaydet',
      noEmail: 'E-posta adresi yok: Yanıt burada kaydedilir.',
      none: 'Bildirim yok.',
      received: 'Geliş tarihi: {{date}}',
    },
    easy: {
      title: 'Kolay dil',
      intro: [
        'Bu internet sitesi {{city}} Belediyesine aittir.',
        'Belediye daha dijital olmak istiyor.',
        'Dijital demek: Birçok işi internetten yapabilirsiniz.',
        'Örneğin bir başvuru yapabilirsiniz.',
        'Bu sitede şunlar yazıyor: Belediye bunun için ne yapıyor? Ne kadar ilerledi?',
      ],
      menuTitle: 'Yolunuzu böyle bulursunuz',
      menu: [
        'Her sayfanın en üstünde bir menü var.',
        'Projeler: Burada belediyenin tüm projeleri var.',
        'Strateji: Burada belediyenin hedefleri var.',
        'Gündem: Burada belediyenin bu yıl ne yapmak istediği yazıyor.',
        'Katılın: Burada belediyeye bir fikir gönderebilirsiniz.',
        'Raporlar: Burada belediyenin neler başardığı yazıyor.',
        'En üstte başka bir dil seçebilirsiniz.',
      ],
      participateTitle: 'Böyle katılabilirsiniz',
      participate: [
        'Belediye için bir fikriniz mi var?',
        'O zaman şuna tıklayın: Katılın.',
        'Fikriniz için bir başlık yazın.',
        'Sonra yazın: Fikriniz nedir?',
        'Sonra şuna tıklayın: Öneriyi gönder.',
        'Belediye fikrinizi okur.',
        'Sonra fikriniz bu sitede görünür.',
        'Her zaman görebilirsiniz: Fikrinize ne oldu?',
      ],
      accessTitle: 'Erişilebilirlik',
      access: [
        'Belediye şunu istiyor: Herkes bu siteyi kullanabilsin.',
        'Engelli insanlar da.',
        'Siteyi örneğin yalnızca klavyeyle kullanabilirsiniz.',
        'Ve bir ekran okuyucuyla.',
        'Bir şey çalışmıyor mu? O zaman bize yazın.',
        'Bunun için Erişilebilirlik sayfasında bir form var.',
        'Size bir ay içinde yanıt veririz.',
        'Yanıttan memnun değil misiniz?',
        'O zaman ombudsmanlık ofisine şikâyette bulunabilirsiniz.',
        'Ombudsmanlık ofisi size yardım eder. Bu ücretsizdir.',
      ],
      signTitle: 'İşaret dili',
      sign: 'Burada Alman İşaret Dili ile bir video bu siteyi açıklıyor.',
      statementLink: 'Erişilebilirlik beyanına git',
    },
    algorithms: {
      title: 'İpuçları ve tavsiyeler nasıl hesaplanır',
      text: [
        'Rathaus iki yerde hesaplamalarla yardımcı olur: benzer önerilere ilişkin ipuçlarında ve eylem alanı tavsiyelerinde. Her iki durumda da kararı her zaman bir insan verir – siz ya da belediye ekibi. Hiçbir şey otomatik olarak birleştirilmez, gizlenmez veya sınıflandırılmaz.',
        'Benzer öneriler: Bir öneri gönderdiğinizde Rathaus onu yayımlanmış önerilerle karşılaştırır. İki metnin kaç kelimeyi, kök biçimini ve üçer harflik kelime parçasını paylaştığı (böylece “[[de:Radweg]]” ve “[[de:Radwegen]]” gibi aynı kelimenin farklı biçimleri eşleşir), bir kelimenin diğer metinde eş anlamlısının olup olmadığı (özgür sözlük OpenThesaurus’tan, LGPL; böylece “[[de:Kaninchen]]” ve “[[de:Hase]]”, yani ada tavşanı ve yaban tavşanı eşleşir), önemli içeriğin ne kadarının karşılıksız kaldığı ve sayıların veya olumsuzlukların farklı olup olmadığı ölçülür. Nadir geçen kelimeler, hemen her yerde geçen kelimelerden daha fazla ağırlık taşır. Bu ölçümlerin birlikte nasıl sayılacağını Rathaus, benzerliği insanlar tarafından değerlendirilmiş 5.749 Almanca cümle çiftinden öğrendi. Rathaus aynı çiftlerden, hangi kelime değişikliklerinin anlamı pek değiştirmediğini (“[[de:Mann]]” yerine “[[de:Kerl]]”, ikisi de “adam” demek) ve hangilerinin çok değiştirdiğini (“[[de:Gitarre]]” yerine “[[de:Flöte]]”, yani gitar yerine flüt) de öğrendi; bir değişiklik en az iki çiftte geçtiyse dikkate alınır. Bu cümleler kısa olduğu için öğrenilenler kısa metinler (32 kelimeye kadar) için geçerlidir; 64 kelimeden itibaren ortak kelime parçaları ve kök biçimleri belirleyicidir, arada ikisi karıştırılır. Eş anlamlılar karşılaştırmada sayılır, ancak öneriler ortak kelimeler üzerinden bulunur. En fazla beş ipucu gösteririz ve her birinin ne kadar benzer olduğunu kelimelerle belirtiriz: “neredeyse aynı”, “çok benzer”, “benzer” veya “ilgili konu”. Bu dereceleri insan yargılarına göre ayarladık: Rathaus’un “neredeyse aynı” dediği cümle çiftlerini insanlar ortalama 5 üzerinden 4 ila 5 puanla (aynı anlam), “çok benzer” olanları 3 ila 4, “benzer” olanları 2 ila 3 puanla değerlendirdi. Ne öğrenmede ne de ayarlamada kullanılan çiftlerde insanların değerlendirmesi, dereceye göre 100 durumdan 73 ila 83’ünde en az gösterilen derecedeydi. Aynı başlık ayrıca belirtilir. Göndermeden önce yalnızca bir ipucu en az “çok benzer” ise veya aynı başlığa sahipse tekrar sorarız; diğer ipuçları siz yazarken görünür. Gizlenmiş veya henüz incelenmemiş öneriler hiçbir zaman gösterilmez. Moderasyon ekibi, gönderilen her önerinin yanında “benzer” ve üzeri aynı ipuçlarından en fazla üçünü görür; önerinin mükerrer olup olmadığına kendisi karar verir.',
        'Bunun ne kadar iyi çalıştığını açıkça ölçeriz: Benzerliği insanlar tarafından değerlendirilmiş ve öğrenmede kullanılmamış 1.500 cümle çiftinden oluşan Almanca bir test veri kümesinde, Rathaus’un sıralaması insanların değerlendirmesiyle 0,81 oranında örtüşür (Spearman korelasyonu; 1 tam uyum anlamına gelir). Diğer katılım platformlarının kullandığı basit harf karşılaştırması aynı verilerde 0,73’e ulaşır.',
        'Eylem alanları: Eylem alanı olmayan öneriler için belediye ekibi bir tavsiye isteyebilir. Rathaus bunun için insanların daha önce bir eylem alanına atadığı önerilerden öğrenir ve atamanın ne kadar kesin olduğunu belirtir. Küçük eylem alanları, gözden kaçmamaları için öğrenme sırasında daha fazla ağırlıklandırılır. 2017 Bonn Bisiklet Diyaloğu’nun (Rad-Dialog) 2.314 katkısında, ayrılan test katkılarında tavsiye 100 durumdan 72’sinde uzmanların verdiği kategoriyle örtüşür.',
        'Benzer öneri grupları: Çok sayıda öneriyi proje fikirlerinde toplamak için Rathaus, Dijitalleşme ekibine gruplar tavsiye eder. Her öneri, benzerlik sabit bir eşiği aşıyorsa, ortak kelime parçalarına ve kök biçimlerine göre (nadir kelimeler daha fazla sayılır) mevcut önerileri kendisine en çok benzeyen gruba girer; aksi takdirde yeni bir grup başlatır. Ekip her gruba ad verir, grubu böler, taşır veya reddeder – hiçbir grup insan kararı olmadan proje fikrine dönüşmez ve bu sırada hiçbir özgün öneri silinmez.',
        'Arama önerileri: Önerilerde yapılan bir arama hiçbir sonuç bulamazsa Rathaus aynı aramayı düzeltilmiş kelimelerle önerir (“… mı demek istediniz?”). Yayımlanmış hiçbir öneride geçmeyen her kelime, en az iki yayımlanmış öneride geçen en benzer kelimeyle değiştirilir – kısa kelimelerde bir harf, uzun kelimelerde iki harf farklı olabilir. Düzeltilmiş arama yalnızca bir sonuç bulduğunda önerilir ve ancak siz onu seçtiğinizde yapılır. Henüz incelenmemiş önerilerdeki kelimeler hiçbir zaman önerilmez.',
        'Tüm hesaplamalar belediyenin sunucularında, harici hizmetler olmadan ve veriler kurum dışına çıkmadan yapılır. Kaynak kodu özgürdür (EUPL-1.2); her belediye ölçümleri “rathaus eval” komutuyla kendisi tekrarlayabilir.',
      ],
    },
    cookies: {
      title: 'Çerez ayarları',
      text: [
        'Bu portalın kullanabileceği tüm çerezler burada yer alır; liste program kodundan oluşturulur. Reklam veya konfor çerezi, üçüncü taraf içeriği ve tarayıcınızın yerel depolamasında hiçbir şey yoktur.',
        'Dil, sayfanın adresinde yer alır (örneğin Türkçe için /tr/); bunun için çerez kullanılmaz. Oturum açtıysanız Rathaus seçiminizi hesabınızda saklar.',
      ],
      caption: 'Bu portalın çerezleri',
      name: 'Ad',
      purpose: 'Amaç',
      category: 'Tür',
      lifetime: 'Saklama süresi',
      necessary: 'teknik olarak gerekli',
      statistics: 'istatistik, yalnızca onayınızla',
      hours_one: '{{count}} saat',
      hours_other: '{{count}} saat',
      days_one: '{{count}} gün',
      days_other: '{{count}} gün',
      purposeOf: {
        rathaus_session: 'Oturumunuzu açık tutar; giriş yaptığınızda oluşur ve çıkış yaptığınızda silinir.',
        rathaus_stats:
          'Tekrar gelen ziyaretleri sayar; ilk ziyaretinizin gününü ve rastgele bir sayıyı içerir, sizinle ilgili hiçbir şey içermez.',
      },
      consentGiven: 'Teşekkürler: Tekrar gelen ziyaretler artık sayılıyor.',
      consentRefused: 'Seçiminiz: yalnızca gerekli çerezler. Hiçbir şey kaydedilmedi.',
    },
    statement: {
      creation: 'Bu beyanın hazırlanması',
      prepared: 'Bu beyan {{prepared}} tarihinde hazırlanmıştır.',
      reviewed: 'En son {{reviewed}} tarihinde gözden geçirilmiştir.',
      methodSelf:
        'Beyan, şehrin öz değerlendirmesine dayanır: her sayfanın otomatik testi ve elle yapılan bir kontrol. Bağımsız bir denetim kuruluşunun incelemesi henüz yapılmamıştır.',
      methodExternal: 'Beyan, {{assessor}} tarafından yapılan bir denetime dayanır.',
      undated:
        'Şehir bu beyanı henüz tarihlendirmemiştir; bağımsız bir denetim kuruluşunun incelemesi henüz yapılmamıştır.',
      enforcement: 'Uygulama süreci',
      enforcementBody: 'Yetkili makam:',
      website: 'Web sitesi',
      email: 'E-posta',
    },
  },
  nav: { internal: { accessibility: 'Erişilebilirlik' } },
  mail: {
    accessibilityAnswer: {
      subject: '{{city}}: Erişilebilirlik bildiriminize yanıt',
      text: 'Bize bir engel bildirdiniz: “{{message}}”\n\nYanıtımız:\n{{answer}}',
    },
    accessibilityReminder: {
      upcoming: {
        subject: '{{city}}: Erişilebilirlik bildirimlerinin süresi yakında doluyor',
        text_one: 'Bir erişilebilirlik bildirimi {{due}} tarihine kadar yanıtlanmalıdır.',
        text_other:
          '{{count}} erişilebilirlik bildirimi yakında yanıtlanmalıdır, ilki {{due}} tarihine kadar.',
      },
      overdue: {
        subject: '{{city}}: Erişilebilirlik bildirimleri gecikti',
        text_one: 'Bir erişilebilirlik bildirimi zamanında yanıtlanmadı (son tarih {{due}}).',
        text_other: '{{count}} erişilebilirlik bildirimi zamanında yanıtlanmadı.',
      },
    },
  },
  footer: {
    easy: 'Kolay dil',
    imprint: 'Künye',
    privacy: 'Gizlilik',
    accessibility: 'Erişilebilirlik',
    algorithms: 'Rathaus nasıl hesaplar',
    cookies: 'Çerez ayarları',
  },
};
