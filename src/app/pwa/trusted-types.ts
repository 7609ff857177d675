/**
 * The app runs under Trusted Types (`require-trusted-types-for 'script'`,
 * see security-headers.ts). Nothing in it writes HTML or script from
 * strings, with one exception: registering the service worker passes its
 * address as a string. This default policy lets exactly that address
 * through, and refuses every other script URL.
 */
type TrustedTypesFactory = {
  createPolicy: (
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ) => unknown;
};

export const SERVICE_WORKER_PATH = '/sw.js';

export function allowedScriptUrl(url: string, base: string): string {
  const resolved = new URL(url, base);
  if (
    resolved.origin === new URL(base).origin &&
    resolved.pathname === SERVICE_WORKER_PATH
  )
    return resolved.href;
  throw new TypeError(`This app does not load scripts from ${url}`);
}

export function installTrustedTypesPolicy(): void {
  const factory = (window as { trustedTypes?: TrustedTypesFactory })
    .trustedTypes;
  if (!factory) return;
  try {
    factory.createPolicy('default', {
      createScriptURL: (url) => allowedScriptUrl(url, location.href),
    });
  } catch {
    // Already made (a hot reload in development): nothing to do.
  }
}
