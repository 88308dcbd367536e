import type { de } from './de.ts';
import type { Catalog } from './i18n.ts';

/** English, complete: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  layout: {
    skipToContent: 'Skip to content',
    product: 'Digitalisation in the open',
    languages: 'Language',
    productInternal: 'Staff area',
    errorTitle: 'Error: {{title}}',
  },
  nav: {
    menu: 'Menu',
    main: 'Main navigation',
    footer: 'Legal and service',
    login: 'Sign in',
    logout: 'Sign out',
    myArea: 'My area ({{name}})',
    internalArea: 'Staff area',
    publicPortal: 'To the public portal',
  },
  footer: {
    poweredBy: 'Powered by Rathaus – free software under the EUPL-1.2.',
  },
  notice: {
    saved: 'Saved.',
    created: 'Created.',
  },
  confirm: {
    irreversible: 'This step cannot be undone',
    cancel: 'Cancel and go back',
    edit: 'Back to editing',
  },
  form: {
    choiceGroup_one: '{{group}} ({{count}})',
    choiceGroup_other: '{{group}} ({{count}})',
    errorSummary: 'Please correct the following',
    tryLater: 'Please try again later',
    optional: 'optional',
    passwordAgain: 'For your security, passwords are never shown again: please type it once more.',
  },
  validation: {
    url: 'Please enter a full address starting with http.',
    required: 'Please fill in this field.',
    tooShort: 'Please enter at least {{min}} characters.',
    tooLong: 'Please enter at most {{max}} characters.',
    tooSmall: 'The value must be at least {{min}}.',
    tooBig: 'The value must be at most {{max}}.',
    email: 'Please enter a valid e-mail address, such as name@example.org.',
    date: 'Please enter a valid date.',
    dateRange: 'Please enter a date between 1990 and 2100.',
    format: 'The format is not valid.',
    choice: 'Please choose one of the offered values.',
    selectOne: 'Please select at least one entry.',
    money: 'Please enter an amount in euros, such as 125000 or 125,000.50.',
  },
  error: {
    backHome: 'To the home page',
    requestId: 'Error reference for enquiries: {{id}}',
    NOT_FOUND: {
      title: 'Page not found',
      text: 'This page does not exist (any more). Please check the address.',
    },
    FORBIDDEN: {
      title: 'Not allowed',
      text: 'Your role does not allow this page or action.',
    },
    UNAUTHENTICATED: {
      title: 'Sign-in required',
      text: 'Please sign in to continue.',
    },
    CSRF_REJECTED: {
      title: 'Form expired',
      text: 'The form has expired or did not come from this site. Please reload the page and send it again.',
    },
    RATE_LIMITED: {
      title: 'Too many attempts',
      text: 'Please wait a few minutes and try again.',
    },
    INVALID_STATE: {
      title: 'Not possible',
      text: 'This action is not possible in the current state.',
    },
    CONFLICT: {
      title: 'Conflict',
      text: 'The entry exists already.',
    },
    BAD_REQUEST: {
      title: 'Request could not be read',
      text: 'The request could not be read, for example because it arrived incomplete or contained a character that is not allowed. Please try again.',
    },
    PAYLOAD_TOO_LARGE: {
      title: 'Too much data at once',
      text: 'What you sent is larger than Rathaus accepts: forms with files up to 16 MB, others up to 2 MB. Please go back to the form and send less, such as smaller or fewer files.',
    },
    VALIDATION_FAILED: {
      title: 'Invalid request',
      text: 'The request contained invalid data.',
    },
    INTERNAL: {
      title: 'Something went wrong',
      text: 'An unexpected error occurred. Please try again later.',
    },
  },
  list: {
    separator: ', ',
  },
  translation: {
    machine: 'Machine-translated from the original ({{language}}).',
    human: 'Translated from the original ({{language}}).',
    showOriginal: 'Show the original',
    untranslated: 'Not translated yet – this is the original ({{language}}).',
    viewingOriginal: 'You are reading the original ({{language}}).',
    showTranslation: 'Back to the translation',
    pageMachine: 'Some texts on this page are machine-translated from the original ({{language}}).',
    pageHuman: 'Some texts on this page are translated from the original ({{language}}).',
    pageUntranslated: 'What is not translated yet is shown in the original ({{language}}).',
    showOriginals: 'Show the originals',
    viewingOriginals: 'You are reading the texts of this page in the original.',
    showTranslations: 'Back to the translations',
  },
  consent: {
    title: 'Statistics without tracking',
    text: 'We count page views and visits on the server, without a cookie and without storing your address. If you agree, a cookie remembers for a year that you have been here before, so that we can count returning visits. Refusing changes nothing else, and nothing is stored.',
    accept: 'Allow the statistics cookie',
    reject: 'Necessary cookies only',
    given: 'You allowed the statistics cookie. “Necessary cookies only” withdraws this at any time.',
  },
  pagination: {
    beyond_one: 'There is no such page; the list has one page.',
    beyond_other: 'There is no such page; the list has {{count}} pages.',
    last: 'Go to the last page',
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: 'Page {{page}} of {{pages}}',
  },
  status: {
    on_track: 'On track',
    at_risk: 'At risk',
    off_track: 'Off track',
    none: 'No status yet',
  },
  mail: {
    signatureAccount:
      'Kind regards\nYour City of {{city}} – participation team\n\nThis message was sent automatically to the address of your account.',
    greeting: 'Hello,',
    signature:
      'Kind regards\nYour City of {{city}} – participation team\n\nThis message was sent automatically because you gave your e-mail address with a proposal.',
  },
};
