import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';
import './ConfirmDialog.css';

export type ConfirmDialogProps = {
  isOpen: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A modal alert dialog that asks before something cannot be undone. */
export function ConfirmDialog({
  isOpen,
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <ModalOverlay
      className="vi-modal-overlay"
      isOpen={isOpen}
      isDismissable
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <Modal className="vi-modal">
        <Dialog role="alertdialog" className="vi-dialog">
          <Heading slot="title" className="vi-dialog__title">
            {title}
          </Heading>
          <p>{body}</p>
          <div className="vi-dialog__buttons">
            <Button variant="danger" onPress={onConfirm}>
              {confirmLabel}
            </Button>
            {/* The safe choice gets focus first in a destructive alert dialog (WAI-ARIA APG). */}
            {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
            <Button variant="secondary" onPress={onCancel} autoFocus>
              {cancelLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
