import { FileTrigger } from 'react-aria-components';
import { Button, type ButtonVariant } from './Button';

export type FileButtonProps = {
  label: string;
  /** File types to offer, e.g. ['.vipack', '.json']. */
  accept?: string[];
  allowsMultiple?: boolean;
  onSelect: (files: File[]) => void;
  /** @default 'primary' */
  variant?: ButtonVariant;
};

/** A button that opens the device's file picker. */
export function FileButton({
  label,
  accept,
  allowsMultiple = false,
  onSelect,
  variant = 'primary',
}: FileButtonProps) {
  return (
    <FileTrigger
      acceptedFileTypes={accept}
      allowsMultiple={allowsMultiple}
      onSelect={(list) => onSelect(list ? Array.from(list) : [])}
    >
      <Button variant={variant}>{label}</Button>
    </FileTrigger>
  );
}
