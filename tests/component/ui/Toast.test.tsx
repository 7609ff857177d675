import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Toast } from '../../../src/ui/Toast';

const space = () =>
  document.documentElement.style.getPropertyValue('--vi-toast-space');

describe('Toast', () => {
  it('is a named region that keeps room at the end of the page while shown', () => {
    const rect = vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue(new DOMRect(0, 500, 300, 80.4));
    const { unmount } = render(
      <Toast label="Ready to work offline">
        <p>Ready to work offline</p>
      </Toast>,
    );
    expect(
      screen.getByRole('region', { name: 'Ready to work offline' }),
    ).toHaveTextContent('Ready to work offline');
    // Its height, rounded up, plus the gap below it (none in jsdom's CSS).
    expect(space()).toBe('81px');
    unmount();
    expect(space()).toBe('');
    rect.mockRestore();
  });
});
