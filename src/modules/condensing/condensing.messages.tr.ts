import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './condensing.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  nav: {
    internal: {
      categorise: 'Eylem alanları',
    },
  },
  proposals: {
    allProcesses: 'Tüm süreçler',
  },
  categorise: {
    title: 'Eylem alanlarını ata',
    intro:
      'Eylem alanı olmayan öneriler; Rathaus’un, zaten atanmış önerilerden öğrenerek yaptığı bir tavsiyeyle birlikte. Karar sizindir: Seçimi kontrol edin ve uygulayın.',
    training:
      'Model şu anda zaten atanmış önerilerden öğreniyor (birkaç saniye). Bu arada atamayı kendiniz yapabilirsiniz; modelin tavsiyeleri sayfa bir sonraki yüklendiğinde görünür.',
    reload: 'Sayfayı yeniden yükle',
    notTrained: 'Öğrenmek için henüz yeterli sayıda atanmış öneri yok. Eylem alanını kendiniz seçin.',
    empty: 'Tüm önerilerin bir eylem alanı var.',
    caption_one: 'Eylem alanı olmayan {{count}} öneri',
    caption_other: 'Eylem alanı olmayan {{count}} öneri',
    confidence: 'Güven düzeyi',
    fieldFor: '“{{title}}” için eylem alanı',
    applySelected: 'Seçimi uygula',
    applyConfident_one: '{{threshold}} ve üzeri güven düzeyindeki {{count}} öneriyi uygula',
    applyConfident_other: '{{threshold}} ve üzeri güven düzeyindeki {{count}} önerinin tümünü uygula',
  },
  condense: {
    intro:
      'Rathaus, benzer şeyler söyleyen öneri gruplarını tavsiye eder – benzer önerilere ilişkin ipuçlarıyla aynı şekilde hesaplanır. Karar sizindir: Bir gruba başlık verin ve onu proje fikri olarak benimseyin, uygun olmayan önerileri çıkarın (işareti kaldırın), seçilen önerileri ayrı bir grup olarak ayırın, başka bir gruba taşıyın veya grubu reddedin – reddedilen grupları Rathaus bir daha tavsiye etmez.',
    run: 'Grupları hesapla',
    show: 'Göster',
    recompute: 'Yeniden hesapla',
    recomputeHint:
      'Gruplar son hesaplamadan gelmektedir. Yeniden hesaplama yeni önerileri de kapsar; mevcut gruplarda yaptığınız değişiklikler bu sırada kaybolur, reddedilen gruplar reddedilmiş olarak kalır.',
    noRun: 'Bu seçim için henüz grup hesaplanmadı.',
    busy: 'Gruplar hesaplanıyor. Birkaç bin öneride bu birkaç saniye sürer.',
    running: 'Gruplar arka planda hesaplanıyor: {{total}} öneriden {{done}} tamamlandı.',
    progress: 'Hesaplamanın ilerlemesi',
    reload: 'Durumu güncelle',
    failed: 'Hesaplama başarısız oldu. Lütfen tekrar deneyin.',
    created: 'Proje fikri oluşturuldu; önerileri onunla ilişkilendirildi.',
    splitDone_one: 'Kaydedildi: {{count}} öneri artık {{number}}. grup, hemen bunun altında.',
    splitDone_other: 'Kaydedildi: {{count}} öneri artık {{number}}. grup, hemen bunun altında.',
    movedDone_one: 'Kaydedildi: {{count}} öneri {{number}}. gruba taşındı.',
    movedDone_other: 'Kaydedildi: {{count}} öneri {{number}}. gruba taşındı.',
    allMoved: 'Kaydedildi: Grubun önerileri artık {{number}}. grupta.',
    movedHere_one:
      'Kaydedildi: {{from}}. gruptan {{count}} öneri artık bu grupta; {{from}}. grup boşaldı ve kaldırıldı.',
    movedHere_other:
      'Kaydedildi: {{from}}. gruptan {{count}} öneri artık bu grupta; {{from}}. grup boşaldı ve kaldırıldı.',
    createdNamed_one:
      '{{number}} numaralı “{{title}}” proje fikri {{count}} öneriden oluşturuldu. Öneri, fikrin sayfasından yeniden ayrılabilir.',
    createdNamed_other:
      '{{number}} numaralı “{{title}}” proje fikri {{count}} öneriden oluşturuldu. Tek tek öneriler, fikrin sayfasından yeniden ayrılabilir.',
    split: 'Seçilenleri yeni grup olarak ayır',
    splitOne: 'Ayır',
    splitOneLabel: 'Ayır: {{title}} ({{number}}) ayrı bir grup olarak',
    moveTo: 'Seçilenleri şu numaralı gruba taşı',
    errorsInGroup: 'Lütfen {{n}}. gruptaki aşağıdaki bilgileri düzeltin',
    moveToHint: 'Grubun başlığındaki numara; başka gruplar benimsendiğinde veya bölündüğünde değişmez.',
    move: 'Taşı',
    acceptWithTarget:
      'Burada bir grup numarası var: taşımak için „Taşı“yı seçin; grubu proje fikri olarak almak için alanı boşaltın.',
    reject: 'Grubu reddet',
    chooseTarget: 'Lütfen işaretli önerilerin taşınacağı grubun numarasını belirtin.',
    targetSame: 'Bu, bu grubun numarası. Lütfen başka bir grubun numarasını belirtin.',
    targetUnknown:
      'Açık önerileri olan {{n}} numaralı bir grup yok. Lütfen grubun başlığındaki numarayı belirtin.',
    summary:
      'Şu anda {{clusters}} grupta {{grouped}} öneri. Henüz gruplanmamış {{proposals}} öneriden {{seconds}} sn içinde hesaplandı; bunların {{unclustered}} tanesi grupsuz.',
    cluster_one: 'Grup {{n}}: {{count}} öneri – {{terms}}',
    cluster_other: 'Grup {{n}}: {{count}} öneri – {{terms}}',
    members: 'Bu gruptaki öneriler',
    accept: 'Proje fikri olarak benimse',
  },
};
