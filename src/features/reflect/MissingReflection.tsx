import { useTranslation } from 'react-i18next';
import { NotOnDevice } from '../../ui/NotOnDevice';

/** Shown when the reflection in the address is not on this device. */
export function MissingReflection() {
  const { t } = useTranslation('reflect');
  return (
    <NotOnDevice
      title={t('missing.title')}
      body={t('missing.body')}
      homeLabel={t('missing.home')}
    />
  );
}
