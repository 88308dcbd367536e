import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './scoring.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    scoring_model: 'Puanlama modeli',
    scoring_criterion: 'Puanlama ölçütü',
  },
  nav: {
    internal: {
      prioritisation: 'Önceliklendirme',
    },
  },
  scoring: {
    title: 'Önceliklendirme',
    intro:
      'Dijitalleşme ekibi, proje fikirlerini ve devam eden projeleri değerlendirme modelinin ölçütlerine göre puanlar (her biri gerekçeli olmak üzere 0 ile 5 puan arası). Sıralama ağırlıklı puanlardan çıkar; portföy, faydayı çabaya karşı gösterir.',
    editWeights: 'Ağırlıklar ve sürümleri',
    publicLink: 'Kamuya açık görünüm',
    rankCaption_one: 'Toplam puana göre {{count}} değerlendirilmiş kayıt',
    rankCaption_other: 'Toplam puana göre {{count}} değerlendirilmiş kayıt',
    rankCaptionPage_one:
      'Toplam puana göre {{total}} değerlendirilmiş kayıttan {{from}}. ile {{to}}. sıralar',
    rankCaptionPage_other:
      'Toplam puana göre {{total}} değerlendirilmiş kayıttan {{from}}. ile {{to}}. sıralar',
    rankPages: 'Sıralamanın sayfaları',
    unscoredPages: 'Henüz değerlendirilmemiş kayıtların sayfaları',
    rank: 'Sıra',
    subject: 'Proje fikri veya proje',
    total: 'Toplam',
    value: 'Fayda',
    ease: 'Uygulanabilirlik',
    quickWin: 'Hızlı kazanım',
    quickWins: 'Hızlı kazanımlar',
    types: {
      idea: 'Proje fikri',
      project: 'Proje',
    },
    rescore: 'Değerlendir',
    showScores: 'Puanlar ve gerekçeler',
    unscored_one: '{{count}} kayıt henüz değerlendirilmedi',
    unscored_other: '{{count}} kayıt henüz değerlendirilmedi',
    chartCaption:
      'Fayda (dikey) ve çaba (yatay, 5 eksi uygulanabilirlik); sayılar sıralamayı gösterir. Sol üstte, yeşil zeminli: hızlı kazanımlar. Aynı değerler tabloda yer alır.',
    chartAlt:
      'Portföy grafiği: fayda ve çabaya göre {{count}} değerlendirilmiş kayıt; bunlardan {{quickWins}} tanesi yüksek fayda ve düşük çabalı hızlı kazanım.',
    chartAltPage:
      'Portföy grafiği: fayda ve çabaya göre {{from}}. ile {{to}}. sıralar; bunlardan {{quickWins}} tanesi yüksek fayda ve düşük çabalı hızlı kazanım.',
    valueAxis: 'Fayda (0–5)',
    effortAxis: 'Çaba (0–5)',
    publicTitle: 'Belediye nasıl önceliklendiriyor',
    publicIntro:
      'Hangi proje fikirlerinin ve projelerin önce uygulanacağına belediye, sabit bir değerlendirme modeline göre karar verir. Burada ağırlıklar ile kamuya açık proje ve proje fikirlerinin tüm değerlendirmeleri gerekçeleriyle birlikte yer alır – böylece herkes sıralamayı kendisi hesaplayabilir.',
    formula:
      'Hesaplama şöyle yapılır: Toplam = Ağırlık × Puan toplamı ÷ değerlendirilen ölçütlerin ağırlıklarının toplamı. “Fayda” aynı hesaplamanın yalnızca fayda ölçütleriyle, “Uygulanabilirlik” ise çaba ölçütleriyle yapılmış hâlidir (yüksek = hızlı, ucuz, yapılabilir). Bir hızlı kazanımın faydası en az {{value}}, uygulanabilirliği en az {{ease}} olur.',
    weightsCaption: 'Değerlendirme modelinin ağırlıkları, {{date}} tarihli {{version}}. sürüm',
    criterion: 'Ölçüt',
    axis: 'Tür',
    axes: {
      value: 'Fayda',
      effort: 'Çaba',
    },
    weight: 'Ağırlık',
    scoreTitle: 'Değerlendirme: {{title}}',
    scoreIntro:
      'Her ölçüt için 0 ile 5 arasında puan verin (5 = erken uygulamayı en güçlü biçimde destekler) ve her değerlendirmeyi kısaca gerekçelendirin. Puan verilmeyen ölçütler değerlendirilmemiş kalır.',
    justification: 'Gerekçe',
    justificationHint:
      'Puanlara aittir (en az 3 karakter) ve kamuya açık projelerde ve proje fikirlerinde onlarla birlikte yayımlanır.',
    saveScores: 'Değerlendirmeyi kaydet',
    scoreRange: 'Lütfen „{{criterion}}“ için 0 ile 5 arasında bir puan seçin.',
    justificationRequired: 'Lütfen „{{criterion}}“ puanını kısaca gerekçelendirin.',
    scoreOne: 'Lütfen en az bir ölçütü değerlendirin.',
    weightsTitle: 'Değerlendirme modelinin ağırlıkları',
    weightsIntro:
      'Ağırlıklardaki her değişiklik modelin yeni bir sürümünü oluşturur; önceki sürümler görünür kalır. Ağırlıklar 0 ile 100 arasındaki sayılardır ve toplamlarına oranlanır.',
    note: 'Değişikliğin nedeni',
    noteHint: 'Örneğin “12.03.2026 tarihli Meclis kararı: iklim korumaya daha fazla ağırlık verilmesi”.',
    noteRequired: 'Lütfen değişikliğin nedenini belirtin.',
    saveWeights: 'Yeni sürümü kaydet',
    weightRange: 'Lütfen 0 ile 100 arasında bir ağırlık girin.',
    weightSum: 'En az bir ağırlık 0’dan büyük olmalıdır.',
    history: 'Modelin sürümleri',
    version: 'Sürüm',
  },
  translatable: {
    scoring_criterion: 'Önceliklendirme ölçütü',
  },
};
