import { defineConfig } from 'vitest/config';

declare const process: { env: Record<string, string | undefined> };

// The bundle is embedded in the Go binary (httpserver/explorer/dist) and served under
// /explore/: relative asset URLs, no source maps, content-hashed names.
export default defineConfig({
  base: './',
  build: {
    outDir: process.env.EXPLORER_OUT_DIR || '../dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev` proxies the API to a running `make run`.
    proxy: { '/graphql': { target: 'http://127.0.0.1:8080', ws: true } },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
