import { TextLink } from './Button';
import { Notice } from './Notice';

export type NotOnDeviceProps = {
  /** The screen's own heading. */
  title: string;
  /** Why there is nothing to show (localised by the caller). */
  body: string;
  /** The label of the link back to the home screen. */
  homeLabel: string;
};

/** A screen whose reflection (or review) is not on this device. */
export function NotOnDevice({ title, body, homeLabel }: NotOnDeviceProps) {
  return (
    <>
      <h1>{title}</h1>
      <Notice tone="error">{body}</Notice>
      <p>
        <TextLink href="/">{homeLabel}</TextLink>
      </p>
    </>
  );
}
