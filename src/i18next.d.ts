import 'i18next';
import type backup from '../locales/en-GB/backup.json';
import type common from '../locales/en-GB/common.json';
import type exportStrings from '../locales/en-GB/export.json';
import type framework from '../locales/en-GB/framework.json';
import type guidance from '../locales/en-GB/guidance.json';
import type home from '../locales/en-GB/home.json';
import type open from '../locales/en-GB/open.json';
import type reflect from '../locales/en-GB/reflect.json';
import type results from '../locales/en-GB/results.json';
import type review from '../locales/en-GB/review.json';
import type reviews from '../locales/en-GB/reviews.json';
import type setup from '../locales/en-GB/setup.json';
import type share from '../locales/en-GB/share.json';
import type workshop from '../locales/en-GB/workshop.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      backup: typeof backup;
      common: typeof common;
      export: typeof exportStrings;
      framework: typeof framework;
      guidance: typeof guidance;
      home: typeof home;
      open: typeof open;
      reflect: typeof reflect;
      results: typeof results;
      review: typeof review;
      reviews: typeof reviews;
      setup: typeof setup;
      share: typeof share;
      workshop: typeof workshop;
    };
  }
}
