// Vite config for the browser UI. Paths are resolved from this file so the build
// works the same from the repository root (`vite build --config web/vite.config.mjs`)
// and from inside web/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const backend = process.env.YUKK_BACKEND ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // bpmn-js, properties panel and form-js are large by nature; the chunk split keeps the sign-in page light.
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': backend,
      '/v2': backend,
    },
  },
});
