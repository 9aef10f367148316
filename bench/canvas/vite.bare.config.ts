// Builds the bare React Flow page of the canvas bench: `npx vite build --config bench/canvas/vite.bare.config.ts`
// writes bench/canvas/.dist-bare (gitignored). Same React plugin, target and source maps as the app's build.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The repository's `eslint .` would lint the built bundle; ESLint 10 takes the config nearest to
// each file, so one beside the bundle that ignores everything keeps the output out of lint.
const lintIgnore: Plugin = {
  name: 'bench-lint-ignore',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'eslint.config.js',
      source: "export default [{ ignores: ['**/*'] }];\n",
    });
  },
};

export default defineConfig({
  root: here('./bare'),
  base: '/',
  publicDir: false,
  plugins: [react(), lintIgnore],
  logLevel: 'warn',
  build: { outDir: here('./.dist-bare'), emptyOutDir: true, target: 'es2022', sourcemap: true },
});
