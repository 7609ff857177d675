/**
 * The languages component tests can render in: each gives i18next its
 * strings and react-aria its locale, as the app's Layout does.
 */
import { act, screen } from '@testing-library/react';
import { useLocale } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, type TestLocale } from '../../../support/render';

function LocaleProbe() {
  const { t } = useTranslation('guidance');
  const { locale, direction } = useLocale();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{`${locale} ${direction}`}</p>
    </>
  );
}

describe('renderWithProviders', () => {
  it.each([
    ['en-GB', 'Guidance library', 'en-GB ltr'],
    ['cy', 'Llyfrgell ganllawiau', 'cy ltr'],
    ['ar', 'مكتبة الإرشادات', 'ar rtl'],
    ['qps-ploc', '[[guidance:title]]', 'en-GB ltr'],
    ['qps-plocm', '\u202B⟦Guidance library⟧\u202C', 'ar-u-nu-latn rtl'],
  ] satisfies [TestLocale, string, string][])(
    'renders in %s with its own words and react-aria locale',
    (locale, title, aria) => {
      renderWithProviders(<LocaleProbe />, { locale });
      expect(
        screen.getByRole('heading', { level: 1, name: title }),
      ).toBeInTheDocument();
      expect(screen.getByText(aria)).toBeInTheDocument();
    },
  );

  it('renders in English by default, even after a screen switched language', async () => {
    const view = renderWithProviders(<LocaleProbe />);
    await act(() => view.i18n.changeLanguage('cy'));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Llyfrgell ganllawiau' }),
    ).toBeInTheDocument();
    view.unmount();

    renderWithProviders(<LocaleProbe />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Guidance library' }),
    ).toBeInTheDocument();
    expect(screen.getByText('en-GB ltr')).toBeInTheDocument();
  });
});
