import { Button, FileTrigger } from 'react-aria-components';

export type FileButtonProps = {
  label: string;
  /** File types to offer, e.g. ['.vipack', '.json']. */
  accept?: string[];
  allowsMultiple?: boolean;
  onSelect: (files: File[]) => void;
};

/** A button that opens the device's file picker. */
export function FileButton({
  label,
  accept,
  allowsMultiple = false,
  onSelect,
}: FileButtonProps) {
  return (
    <FileTrigger
      acceptedFileTypes={accept}
      allowsMultiple={allowsMultiple}
      onSelect={(list) => onSelect(list ? Array.from(list) : [])}
    >
      {/* FileTrigger needs react-aria's own pressable Button. */}
      <Button className="vi-button" data-variant="primary">
        {label}
      </Button>
    </FileTrigger>
  );
}
