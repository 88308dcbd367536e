import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './subscriptions.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  form: {
    save: 'Kaydet',
  },
  subscriptions: {
    consentRequired: 'Lütfen belediyenin bu amaçla e-posta adresinizi saklamasını onaylayın.',
    confirmTitle: 'E-posta adresini onaylayın',
    confirmText:
      '“{{title}}” ({{number}}) önerisine ne olacağını e-posta ile öğrenmek istiyorsunuz. Lütfen adresinizi onaylayın.',
    confirmButton: 'Adresi onayla',
    alreadyConfirmed: 'Bu adres zaten onaylanmış.',
    confirmedNotice: 'Teşekkürler, adresiniz onaylandı. Bir gelişme olduğunda size yazacağız.',
    manageTitle: 'Bildirimleriniz',
    none: 'Hiçbir bildirim almıyorsunuz.',
    noneTextAccount:
      'Bu adres için kayıtlı bildirim kalmadı. Hesabınızın adresi olarak, hesabı silene kadar orada kayıtlı kalır.',
    noneText: 'Bu adres için kayıtlı bildirim kalmadı; adres kayıtlarımızdan silindi.',
    frequency: 'Ne sıklıkla e-posta almak istersiniz?',
    following: 'Takip ettiğiniz öneriler',
    role: {
      author: 'kendi öneriniz',
      supporter: 'destekleniyor',
      follower: 'takip ediliyor',
    },
    unconfirmed: 'henüz onaylanmadı',
    stop: 'Takibi bırak',
    stopAll: 'Tüm bildirimlerden çık',
  },
  mail: {
    confirm: {
      subject: 'Lütfen e-posta adresinizi onaylayın',
      author:
        '{{number}} numaralı öneriyi gönderdiniz ve öneriye ne olacağını öğrenmek istiyorsunuz. Bunun için lütfen e-posta adresinizi bu bağlantı aracılığıyla onaylayın:',
      follower:
        '“{{title}}” ({{number}}) önerisine ne olacağını öğrenmek istiyorsunuz. Bunun için lütfen e-posta adresinizi bu bağlantı aracılığıyla onaylayın:',
      ignore:
        'Bu işlemi siz yapmadıysanız bu e-postayı dikkate almayın. Onaylanmamış adresleri 30 gün sonra sileriz.',
    },
    notify: {
      subject: '{{number}} numaralı öneriyle ilgili gelişmeler',
      more: 'Önerinin tüm seyrini burada görebilirsiniz:',
      footer: 'Sıklığı değiştirin veya tek tıkla abonelikten çıkın:',
      event: {
        merged:
          '“{{title}}” ({{number}}), başka önerilerle birlikte “{{idea}}” ({{ideaNumber}}) proje fikrinde toplandı.',
        unmerged: '“{{title}}” ({{number}}) artık “{{idea}}” ({{ideaNumber}}) proje fikrine ait değil.',
        project: '“{{title}}” ({{number}}) ile ilgili proje fikri “{{project}}” projesinde uygulanıyor.',
        status:
          '“{{title}}” ({{number}}) ile ilgili “{{project}}” projesinin yeni bir incelenmiş durumu var ({{period}}): {{status}}, %{{progress}} tamamlandı.',
        report:
          '“{{title}}” ({{number}}) ile ilgili “{{project}}” projesi, yeni “{{report}}” ilerleme raporunda yer alıyor.',
        answer: 'Belediye “{{title}}” ({{number}}) önerisine yanıt verdi – {{answerState}}:\n{{answer}}',
      },
    },
    digest: {
      subject: '{{city}}: {{count}} gelişme içeren haftalık özetiniz',
      intro: 'Takip ettiğiniz önerilerde geçen hafta olan gelişmeler:',
    },
    moderation: {
      published: {
        subject: '{{number}} numaralı öneriniz yayımlandı',
        text: '“{{title}}” ({{number}}) öneriniz artık yayımlandı. Önerinize ne olacağını bu adreste görebilirsiniz:',
      },
      hidden: {
        subject: '{{number}} numaralı öneriniz yayımlanmadı',
        text: '“{{title}}” ({{number}}) öneriniz yayımlanmadı. Gerekçe: {{reason}}. İstediğiniz zaman yeni bir öneri gönderebilirsiniz:',
      },
      duplicate: {
        subject: '{{number}} numaralı öneriniz zaten mevcut',
        text: '“{{title}}” ({{number}}) öneriniz, yayımlanmış “{{original}}” ({{originalNumber}}) önerisiyle aynı şeyi söylüyor. Destekler bölünmesin diye öneriyi orada sürdürüyoruz:',
      },
    },
  },
};
