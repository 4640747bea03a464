import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

declare const process: { env: Record<string, string | undefined> };

/**
 * Puts the persisted-documents manifest (written by GraphQL Code Generator beside the typed
 * documents) into the build, so the Go binary embeds it with the page and trusts the explorer's
 * documents in trusted-documents mode (httpserver/explorer.Documents).
 */
function persistedDocuments(): Plugin {
  return {
    name: 'hkgraph-persisted-documents',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'persisted-documents.json', source: readFileSync('src/gql/persisted-documents.json') });
    },
  };
}

// The bundle is embedded in the Go binary (httpserver/explorer/dist) and served under
// /explore/: relative asset URLs, no source maps, content-hashed names.
export default defineConfig({
  base: './',
  plugins: [persistedDocuments()],
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
