import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../../../src/app/pwa/UpdatePrompt';
import { renderWithProviders } from '../../../support/render';

type Options = {
  onRegisteredSW?: (url: string, registration: unknown) => void;
};

const register = vi.hoisted(() => ({
  options: undefined as Options | undefined,
  needRefresh: false,
  offlineReady: false,
}));

vi.mock('virtual:pwa-register/react', async () => {
  const { useState } = await import('react');
  return {
    useRegisterSW(options: Options) {
      register.options = options;
      const needRefresh = useState(register.needRefresh);
      const offlineReady = useState(register.offlineReady);
      return {
        needRefresh,
        offlineReady,
        updateServiceWorker: vi.fn(),
      };
    },
  };
});

function stubServiceWorker(controller: object | null) {
  let activate = () => {};
  const ready = new Promise<void>((resolve) => {
    activate = resolve;
  });
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { controller, ready },
  });
  return { activate: () => activate() };
}

const OFFLINE_READY = 'Voice & Influence is ready to work offline.';

beforeEach(() => {
  register.options = undefined;
  register.needRefresh = false;
  register.offlineReady = false;
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('UpdatePrompt', () => {
  it('says the app works offline once the first worker is active, even if workbox never reported the install', async () => {
    const worker = stubServiceWorker(null);
    renderWithProviders(<UpdatePrompt />);
    register.options?.onRegisteredSW?.('/sw.js', { update: vi.fn() });
    expect(screen.queryByText(OFFLINE_READY)).toBeNull();

    worker.activate();

    const region = await screen.findByRole('region', { name: OFFLINE_READY });
    expect(region).toHaveTextContent(OFFLINE_READY);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByText(OFFLINE_READY)).toBeNull();
  });

  it('says nothing on a return visit, when a worker already controls the page', async () => {
    const worker = stubServiceWorker({});
    renderWithProviders(<UpdatePrompt />);
    register.options?.onRegisteredSW?.('/sw.js', { update: vi.fn() });
    worker.activate();
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText(OFFLINE_READY)).toBeNull();
  });

  it('offers the new version with Update now and Later, labelled by its message', async () => {
    stubServiceWorker({});
    register.needRefresh = true;
    renderWithProviders(<UpdatePrompt />);
    const region = await screen.findByRole('region', {
      name: 'A new version of Voice & Influence is ready.',
    });
    expect(region).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Update now' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Later' })).toBeVisible();
  });
});
