import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { absoluteAliases } from '../scripts/aliases.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The app icon as /favicon.ico, which browsers request on their own (a 404 otherwise). */
function favicon(): Plugin {
  return {
    name: 'sfd-favicon',
    generateBundle() {
      const source = readFileSync(fileURLToPath(new URL('../build/icon.ico', import.meta.url)));
      this.emitFile({ type: 'asset', fileName: 'favicon.ico', source });
    },
  };
}

export default defineConfig({
  root,
  // relative asset URLs work under both app://renderer/ and http://127.0.0.1:<port>/
  base: './',
  plugins: [react(), favicon()],
  resolve: { alias: absoluteAliases() },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
});
