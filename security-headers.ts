/**
 * The HTTP headers the built app must be served with: a strict Content
 * Security Policy (no inline script, no eval, nothing from other origins,
 * Trusted Types enforced) and the usual hardening headers. `npm start`
 * (vite preview) sends them, the browser tests' server sends them, and the
 * build writes them to `dist/_headers` for hosts that read that file
 * (Netlify, Cloudflare Pages); README "Hosting" lists them for others.
 *
 * The service worker precaches `index.html` with its response headers, so
 * the same policy applies when the app is opened offline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // QR codes are drawn as data: images; downloads use blob: URLs.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  // Only the app's default policy (src/app/pwa/trusted-types.ts), which
  // lets through the service worker's own address and nothing else.
  'trusted-types default',
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The headers as a Netlify / Cloudflare Pages `_headers` file. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(
    ([name, value]) => `  ${name}: ${value}`,
  );
  return `/*\n${lines.join('\n')}\n`;
}
