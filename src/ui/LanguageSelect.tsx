import { useId } from 'react';
import './LanguageSelect.css';

export type LanguageOption = { value: string; name: string };

/**
 * A labelled native select of languages, each named in its own language
 * (with its `lang`, so screen readers pronounce it right). Native because it
 * is small, works with every input method and has only a few options.
 */
export function LanguageSelect({
  label,
  description,
  value,
  options,
  onChange,
  className,
}: {
  label: string;
  description?: string;
  value: string;
  options: readonly LanguageOption[];
  onChange: (value: string) => void;
  className?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={['language-select', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {description ? (
        <p id={hintId} className="language-select__hint">
          {description}
        </p>
      ) : null}
      <select
        id={id}
        value={value}
        aria-describedby={description ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.value}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
