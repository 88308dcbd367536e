import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './opendata.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  opendata: {
    title: 'Açık veri',
    intro:
      'Yayımlanan tüm öneriler ve proje fikirleri; CSV (UTF-8, virgülle ayrılmış) ve JSON olarak indirilebilir. Dosyalar kişisel veri içermez: e-posta adresi, hesap veya moderasyon notu yoktur.',
    api: 'Projelere, önerilere ve benzer önerilere açık arayüz üzerinden de erişilebilir:',
    download: '{{format}} olarak indir',
    fields: 'Alanlar: {{title}}',
    field: 'Alan',
    type: 'Tür',
    meaning: 'Anlamı',
    licence:
      'Lisans: Datenlizenz Deutschland – Namensnennung – Version 2.0 (Almanya Veri Lisansı – Atıf – Sürüm 2.0, dl-de/by-2-0); “attribution” sütununda aksi belirtilmedikçe. Önceki katılım süreçlerinden gelen katkılar, orada belirtilen lisansa tabidir.',
    types: {
      string: 'Metin',
      integer: 'Tam sayı',
      'date-time': 'Zaman damgası (ISO 8601)',
      list: 'Liste, ; ile ayrılmış',
    },
    vorschlaege: {
      title: 'Öneriler',
      description:
        'Tüm katılım süreçlerinden yayımlanmış öneriler; proje fikirlerine dahil edilmiş olanlar da dahil.',
      fields: {
        id: 'Önerinin kalıcı tanımlayıcısı',
        number: 'Sorular için numara, örn. V-7K3M9Q',
        title: 'Başlık',
        body: 'Açıklama',
        author_kind: 'Gönderen: citizen, company, startup, science, authority, ngo, staff',
        organisation_name: 'Kuruluş olarak gönderildiyse kuruluşun adı',
        field_of_action: 'Eylem alanının anahtarı, örn. mobilitaet',
        process: 'Katılım sürecinin anahtarı, örn. raddialog-2017',
        attribution: 'Farklıysa sürecin kaynak ve lisans bilgisi',
        language: 'ISO 639-1’e göre dil (und = belirsiz)',
        state: 'published (yayımlandı) veya merged (bir proje fikrine dahil edildi)',
        created_at: 'Gönderilme tarihi',
        published_at: 'Yayımlanma tarihi',
        source_url: 'İçe aktarılan katkılarda özgün adres',
        place: 'Önerinin ilgili olduğu yer (gönderenlerin belirttiği)',
        workshop: 'Önerinin geldiği atölye',
        answer_state:
          'Belediyenin yanıtı: evaluating (inceleniyor), accepted (ele alınacak), rejected (sürdürülmeyecek), merged (birleştirildi); yanıt olmadığı sürece boş',
        answer: 'Belediyenin yanıtının metni',
        answered_at: 'Belediyenin (son) yanıtının zamanı',
        support_count: 'Destek sayısı',
        comment_count: 'Yayımlanmış yorum sayısı',
        ideas: 'Önerinin dahil edildiği proje fikirlerinin numaraları',
      },
    },
    projektideen: {
      title: 'Proje fikirleri',
      description: 'Önerilerin bir araya getirildiği proje fikirleri, önerilerin numaralarıyla birlikte.',
      fields: {
        id: 'Proje fikrinin kalıcı tanımlayıcısı',
        number: 'Numara, örn. I-4F7KQ2',
        title: 'Başlık',
        description: 'Açıklama',
        field_of_action: 'Eylem alanının anahtarı',
        state: 'open (açık), in_project (proje olarak uygulanıyor) veya rejected (reddedildi)',
        created_at: 'Oluşturulma tarihi',
        proposal_count: 'Öneri sayısı',
        proposals: 'Önerilerin numaraları',
      },
    },
    translated:
      '?lang= ile {{fields}} sütunları, varsa o dile yapılmış çevirileri, yoksa orijinal metni içerir; her birinin yanında _lang (metnin dili), _origin (original; machine: makine çevirisi, kontrol edilmemiş; human: bir kişi tarafından çevrilmiş veya kontrol edilmiş) ve _provider (çeviri hizmeti) yer alır.',
  },
  footer: {
    opendata: 'Açık veri',
    api: 'Açık arayüz (API)',
  },
  api: {
    title: 'Açık arayüz (API)',
    base: 'Adres:',
    version: 'Sürüm {{version}}; makine tarafından okunabilir belge:',
    document: 'OpenAPI 3.1 (JSON)',
    errors:
      'Arayüz yalnızca kamuya açık veri sunar ve giriş gerektirmez. Hatalar, durum, başlık ve açıklama içeren application/problem+json (RFC 9457) biçiminde döner.',
    operations_one: '{{count}} sorgu',
    operations_other: '{{count}} sorgu',
    parameters: 'Parametreler',
    name: 'Ad',
    in: 'Konum',
    type: 'Tür',
    meaning: 'Anlamı',
    required: 'Zorunlu',
    optional: 'boş olabilir',
    responses: 'Yanıtlar',
    schemas: 'Veri türleri',
    fieldsOf: '{{name}} alanları',
    field: 'Alan',
  },
};
