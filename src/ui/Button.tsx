/**
 * Buttons and links. These are native <button> and <a> elements rather than
 * react-aria's: they need no press normalisation beyond what browsers give a
 * native element, and keeping react-aria's press machinery off the home
 * screen keeps the first load within its budget. Composite widgets (radio and
 * checkbox groups, fields, dialogs, the file picker) still use react-aria.
 */
import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from 'react';
import { Link as RouterLink } from 'wouter';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export type ButtonProps = Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'onClick' | 'disabled' | 'type'
> & {
  /** Visual weight. @default 'primary' */
  variant?: ButtonVariant;
  /** Called on click, Enter or Space. */
  onPress?: () => void;
  isDisabled?: boolean;
  /** @default 'button' */
  type?: 'button' | 'submit';
};

/** A button with a 44 px minimum target and a visible focus ring. */
export function Button({
  variant = 'primary',
  className,
  onPress,
  isDisabled = false,
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      type={type}
      disabled={isDisabled}
      onClick={onPress}
      className={['vi-button', className].filter(Boolean).join(' ')}
      data-variant={variant}
    />
  );
}

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path inside the app, such as `/new`; navigates without a reload. */
  href: string;
};

export type LinkButtonProps = AnchorProps & {
  /** Visual weight. @default 'primary' */
  variant?: ButtonVariant;
};

/** A link that looks like a button: for navigation, not actions. */
export function LinkButton({
  variant = 'primary',
  className,
  ...props
}: LinkButtonProps) {
  return (
    <RouterLink
      {...props}
      className={['vi-button', className].filter(Boolean).join(' ')}
      data-variant={variant}
    />
  );
}

export type TextLinkProps = AnchorProps;

/** An ordinary underlined link inside the app. */
export function TextLink({ className, ...props }: TextLinkProps) {
  return (
    <RouterLink
      {...props}
      className={['vi-link', className].filter(Boolean).join(' ')}
    />
  );
}
