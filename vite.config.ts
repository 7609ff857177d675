import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { headersFile, SECURITY_HEADERS } from './security-headers';

// The app must work with no network after the first visit, so the service
// worker precaches the shell, every route's chunk and every locale chunk
// (the issue asks for all locales offline; runtime caching would miss a
// language never opened while online).
const JSPDF_OPTIONAL = ['html2canvas', 'dompurify', 'canvg'];

export default defineConfig({
  plugins: [
    react(),
    // jsPDF can draw HTML and SVG with these optional packages; the report
    // never asks it to, so they are left out of the build and the precache.
    {
      name: 'omit-jspdf-optional-packages',
      enforce: 'pre',
      resolveId(id) {
        return JSPDF_OPTIONAL.includes(id) ? `\0omitted:${id}` : null;
      },
      load(id) {
        return id.startsWith('\0omitted:') ? 'export default null;' : null;
      },
    },
    // Hosts that read a `_headers` file serve the same strict headers as
    // `npm start`.
    {
      name: 'security-headers-file',
      apply: 'build',
      generateBundle() {
        this.emitFile({
          type: 'asset',
          fileName: '_headers',
          source: headersFile(),
        });
      },
    },
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt', 'icons/*.png'],
      manifest: {
        id: '/',
        name: 'Voice & Influence',
        short_name: 'Voice & Influence',
        description:
          'Reflect on how children and young people shape your decisions, offline.',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4f91',
        icons: [
          {
            src: '/icons/icon-192.png',
            sizes: '192x192',
            type: 'image/png',
            purpose: 'any',
          },
          {
            src: '/icons/icon-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'any',
          },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,ttf,json,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // One file: the service worker then needs no importScripts, which
        // Trusted Types would refuse under the app's policy.
        inlineWorkboxRuntime: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  // `npm start` serves the built app with the production headers.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: SECURITY_HEADERS,
  },
});
