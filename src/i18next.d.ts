import 'i18next';
import type common from '../locales/en-GB/common.json';
import type framework from '../locales/en-GB/framework.json';
import type home from '../locales/en-GB/home.json';
import type reflect from '../locales/en-GB/reflect.json';
import type results from '../locales/en-GB/results.json';
import type setup from '../locales/en-GB/setup.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      framework: typeof framework;
      home: typeof home;
      reflect: typeof reflect;
      results: typeof results;
      setup: typeof setup;
    };
  }
}
