import type { ReactNode } from 'react';
import './Notice.css';

export type NoticeProps = {
  /** 'error' is announced assertively; others politely. @default 'info' */
  tone?: 'info' | 'warning' | 'error' | 'success';
  children: ReactNode;
  /** Heading shown in bold above the text. */
  title?: string;
};

/** A boxed message: errors, warnings, confirmations. */
export function Notice({ tone = 'info', title, children }: NoticeProps) {
  return (
    <div
      className="vi-notice"
      data-tone={tone}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      {title ? <p className="vi-notice__title">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}
