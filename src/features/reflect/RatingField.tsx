import { useTranslation } from 'react-i18next';
import { frameworkV1 } from '../../content/framework-v1';
import type { Rating } from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';
import { RadioChoiceGroup } from '../../ui/ChoiceGroup';

type Props = {
  value: Rating | null;
  onChange: (rating: Rating) => void;
  /** The group's label and hint, when not the usual question. */
  label?: string;
  hint?: string;
};

const toRating = (value: string): Rating =>
  /^[0-4]$/.test(value) ? (Number(value) as Rating) : (value as Rating);

/** The rating scale as labelled cards, each with its descriptor. */
export function RatingField({ value, onChange, label, hint }: Props) {
  const { t } = useTranslation('reflect');
  const ft = useFrameworkText();
  return (
    <RadioChoiceGroup
      id="rating"
      layout="cards"
      label={label ?? t('rating.label')}
      description={hint ?? t('rating.hint')}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(toRating(v))}
      choices={frameworkV1.ratings.map((r) => ({
        value: String(r.value),
        label: ft(r.labelKey),
        description: ft(r.descriptorKey),
      }))}
    />
  );
}
