import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './src/security/headers.ts';

// The built app allows no inline or remote script and talks to nobody: plans stay on the machine.
// The policy also rides in a meta tag, for static hosting that sends no headers; `vite preview`
// sends the full header set. (Only for builds: the dev server injects inline scripts for hot reload.)
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Property and fuzz tests are CPU-bound: a busy 2-core machine must not turn them into timed tests.
    testTimeout: 60_000,
  },
});
