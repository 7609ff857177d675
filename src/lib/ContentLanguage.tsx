/**
 * The language of a piece of content, which may differ from the interface
 * language: a report is written in the language its reflection was made in
 * (or the one chosen for it) while the buttons around it stay in the user's.
 * Hooks that produce content read their words through
 * `useContentTranslation`, which follows the nearest provider and falls back
 * to the interface language.
 */
import type { FlatNamespace } from 'i18next';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf, intlLocaleOf, type Direction } from './locale';

const ContentLanguage = createContext<string | undefined>(undefined);

export function ContentLanguageProvider({
  lng,
  children,
}: {
  lng: string;
  children: ReactNode;
}) {
  return (
    <ContentLanguage.Provider value={lng}>{children}</ContentLanguage.Provider>
  );
}

/** `useTranslation`, in the content language when one is set. */
export function useContentTranslation<
  const Ns extends FlatNamespace | readonly FlatNamespace[],
>(ns: Ns) {
  const lng = useContext(ContentLanguage);
  const options = useMemo(() => (lng ? { lng } : {}), [lng]);
  return useTranslation(ns, options);
}

/** The content language, its `Intl` locale and its direction. */
export function useContentLocale(): {
  lng: string;
  intl: string;
  dir: Direction;
} {
  const { i18n } = useTranslation();
  const lng = useContext(ContentLanguage) ?? i18n.language;
  return { lng, intl: intlLocaleOf(lng), dir: directionOf(lng) };
}
