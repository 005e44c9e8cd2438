import { defineConfig } from 'vite';

// The web UI's sources live in web/; `npm run build` bundles them into dist/web, which `tidings serve` serves.
// Everything (scripts, styles, the world map) is bundled: the UI works offline, with no CDN or tile server.
export default defineConfig({
  root: 'web',
  base: '/',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // the served CSP allows no inline script, so the module preload polyfill must not be inlined
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
});
