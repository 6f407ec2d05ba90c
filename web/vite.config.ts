import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import contract from './openapi.json';

// Limits the server enforces, read from its API contract (web/openapi.json, kept equal to the server's by a
// test) so the client never carries a second copy of the number.
const messageMaxLength: number = contract.components.schemas.SendMessageRequest.properties.text.maxLength;

// The server serves the built client from its wwwroot; in development Vite proxies the API to it.
export default defineConfig({
  plugins: [react()],
  define: { __MESSAGE_MAX_LENGTH__: JSON.stringify(messageMaxLength) },
  build: {
    outDir: '../src/Parta.Server/wwwroot',
    emptyOutDir: true,
    // The CSP forbids inline scripts; keep the module-preload polyfill out of index.html.
    modulePreload: { polyfill: false },
    // Pages load as chunks of their own (App.tsx); the manifest tells scripts/first-load-size.mjs which chunks the
    // first load needs. The server does not serve it (files under a dot-folder stay hidden).
    manifest: true,
    // One stylesheet, in the order it always had: styles are small, and a page's CSS arriving after its
    // script would re-order rules of equal weight.
    cssCodeSplit: false,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/health': 'http://localhost:8080',
      '/hubs': { target: 'http://localhost:8080', ws: true },
    },
  },
  test: {
    environment: 'node',
  },
});
