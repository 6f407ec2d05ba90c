import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
// The server serves the built client from its wwwroot; in development Vite proxies the API to it.
export default defineConfig({
    plugins: [react()],
    build: {
        outDir: '../src/Parta.Server/wwwroot',
        emptyOutDir: true,
        // The CSP forbids inline scripts; keep the module-preload polyfill out of index.html.
        modulePreload: { polyfill: false },
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
