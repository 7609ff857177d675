import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';
import './ConfirmDialog.css';

export type InfoDialogProps = {
  isOpen: boolean;
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
};

/** A modal dialog that only informs: Escape, the overlay or Close shuts it. */
export function InfoDialog({
  isOpen,
  title,
  closeLabel,
  onClose,
  children,
}: InfoDialogProps) {
  return (
    <ModalOverlay
      className="vi-modal-overlay"
      isOpen={isOpen}
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="vi-modal">
        <Dialog className="vi-dialog">
          <Heading slot="title" className="vi-dialog__title">
            {title}
          </Heading>
          {children}
          <div className="vi-dialog__buttons">
            <Button variant="secondary" onPress={onClose}>
              {closeLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
