// GraphQL Code Generator: TypeScript types for the explorer's operations (src/operations/*.graphql)
// checked against the server's schema, typed documents (TypedDocumentNode), and the persisted-
// documents manifest that the server's trusted-documents mode reads (HKGRAPH_TRUSTED_DOCUMENTS:
// a JSON object of lowercase sha256 hex → document). `npm run codegen` writes src/gql/.
import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

declare const process: { env: Record<string, string | undefined> };

// `make explorer-check` generates into a temporary folder and compares.
const out = process.env.CODEGEN_OUT_DIR || 'src/gql/';

const config: CodegenConfig = {
  schema: '../../../schema.graphqls',
  documents: ['src/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [out.endsWith('/') ? out : `${out}/`]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // The documents' text lives once, in the manifest; the typed documents carry its hash.
        persistedDocuments: {
          mode: 'replaceDocumentWithHash',
          // Plain hex, the key automatic persisted queries and the server's manifest use (the
          // preset's own "sha256" would prefix "sha256:").
          hashAlgorithm: (doc: string) => createHash('sha256').update(doc).digest('hex'),
        },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        strictScalars: true,
        scalars: {},
      },
    },
  },
};

export default config;
