import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';

type Props = {
  /** Why the last try failed, if it did. */
  problem: string | null;
  onSubmit: (passphrase: string) => void;
};

export function PassphraseForm({ problem, onSubmit }: Props) {
  const { t } = useTranslation('open');
  const [passphrase, setPassphrase] = useState('');
  const [empty, setEmpty] = useState(false);
  return (
    <form
      noValidate
      aria-labelledby="passphrase-heading"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        setEmpty(passphrase.length === 0);
        if (passphrase.length > 0) onSubmit(passphrase);
      }}
    >
      <h2 id="passphrase-heading">{t('passphrase.heading')}</h2>
      <p>{t('passphrase.hint')}</p>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <TextField
        id="open-passphrase"
        type="password"
        size="medium"
        label={t('passphrase.label')}
        value={passphrase}
        onChange={setPassphrase}
        errorMessage={empty ? t('passphrase.required') : undefined}
        autoComplete="off"
      />
      <Button type="submit">{t('passphrase.submit')}</Button>
    </form>
  );
}
