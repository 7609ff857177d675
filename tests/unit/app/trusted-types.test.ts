import { describe, expect, it } from 'vitest';
import { allowedScriptUrl } from '../../../src/app/pwa/trusted-types';

const BASE = 'https://vi.example/r/abc/results';

describe('the Trusted Types default policy', () => {
  it("lets the app's own service worker be registered", () => {
    expect(allowedScriptUrl('/sw.js', BASE)).toBe('https://vi.example/sw.js');
    expect(allowedScriptUrl('https://vi.example/sw.js', BASE)).toBe(
      'https://vi.example/sw.js',
    );
  });

  it.each([
    'https://evil.example/sw.js',
    '/assets/other.js',
    'javascript:alert(1)',
    'data:text/javascript,alert(1)',
    '//evil.example/sw.js',
  ])('refuses %s', (url) => {
    expect(() => allowedScriptUrl(url, BASE)).toThrow(TypeError);
  });
});
