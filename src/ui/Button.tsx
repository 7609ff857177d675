import {
  Button as AriaButton,
  Link as AriaLink,
  type ButtonProps as AriaButtonProps,
  type LinkProps as AriaLinkProps,
} from 'react-aria-components';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export type ButtonProps = AriaButtonProps & {
  /** Visual weight. @default 'primary' */
  variant?: ButtonVariant;
};

/** A button with a 44 px minimum target and a visible focus ring. */
export function Button({
  variant = 'primary',
  className,
  ...props
}: ButtonProps) {
  return (
    <AriaButton
      {...props}
      className={['vi-button', className].filter(Boolean).join(' ')}
      data-variant={variant}
    />
  );
}

export type LinkButtonProps = AriaLinkProps & {
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
    <AriaLink
      {...props}
      className={['vi-button', className].filter(Boolean).join(' ')}
      data-variant={variant}
    />
  );
}

export type TextLinkProps = AriaLinkProps;

/** An ordinary underlined link that routes inside the app. */
export function TextLink({ className, ...props }: TextLinkProps) {
  return (
    <AriaLink
      {...props}
      className={['vi-link', className].filter(Boolean).join(' ')}
    />
  );
}
