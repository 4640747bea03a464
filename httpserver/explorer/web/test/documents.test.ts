// The generated typed documents and the persisted-documents manifest agree: every document the
// explorer can send has its text in the manifest under the sha256 of that text, which is what
// the server's trusted-documents mode checks.
import { describe, expect, it } from 'vitest';
import { documentText } from '../src/api';
import * as generated from '../src/gql/graphql';
import manifest from '../src/gql/persisted-documents.json';

async function sha256(s: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const operations = Object.entries(generated).filter(([name]) => name.endsWith('Document'));

describe('persisted documents', () => {
  it('every manifest key is the sha256 of its document', async () => {
    const entries = Object.entries(manifest as Record<string, string>);
    expect(entries.length).toBeGreaterThan(0);
    for (const [hash, text] of entries) expect(await sha256(text)).toBe(hash);
  });

  it('every operation the explorer sends is in the manifest, and nothing else is', async () => {
    expect(operations.length).toBe(Object.keys(manifest).length);
    for (const [name, doc] of operations) {
      const text = documentText(doc as never);
      // ExplorerSearchDocument holds `query ExplorerSearch(`, ExplorerEntityChangedDocument a subscription.
      expect(text, name).toMatch(new RegExp(`(query|mutation|subscription) ${name.replace(/Document$/, '')}\\b`));
    }
  });
});
