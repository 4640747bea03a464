// A small client of hkgraph's public GraphQL API: queries over HTTP POST, subscriptions over
// graphql-transport-ws. The explorer uses nothing else of the server.
//
// Operations are typed documents generated from src/operations/*.graphql (src/gql/, `npm run
// codegen`); each carries only its hash, and its text comes from the persisted-documents
// manifest, so what the explorer sends is byte for byte what a server in trusted-documents mode
// runs.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client, type Sink } from 'graphql-ws';
import manifest from './gql/persisted-documents.json';

const KEY_STORAGE = 'hkgraph.explorer.apiKey';

export class ApiError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

export function endpoint(): string {
  // The page lives at /explore/: the API is at /graphql on the same origin.
  return new URL('../graphql', window.location.href).toString();
}

/** An API key or JWT the user gave (kept for this browser tab only). */
export function apiKey(): string {
  return sessionStorage.getItem(KEY_STORAGE) ?? '';
}

export function setApiKey(key: string): void {
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
}

type Variables = Record<string, unknown>;

/** The text of a generated document: the manifest's entry for its hash. */
export function documentText(doc: TypedDocumentNode<unknown, never>): string {
  const hash = (doc as { __meta__?: { hash?: string } }).__meta__?.hash ?? '';
  const text = (manifest as Record<string, string>)[hash];
  if (!text) throw new Error(`no persisted document for hash ${hash}`);
  return text;
}

/** Error codes worth one more try: a cold database can be slow to plan a query the first time. */
const TRANSIENT = new Set(['TIMEOUT', 'DATABASE_UNAVAILABLE']);

/** Runs a query or mutation; the result and the variables are typed by the document. */
export async function gql<T, V extends Variables>(doc: TypedDocumentNode<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
  const query = documentText(doc as TypedDocumentNode<unknown, never>);
  try {
    return await gqlOnce<T>(query, variables, signal);
  } catch (e) {
    if (!(e instanceof ApiError) || !e.code || !TRANSIENT.has(e.code) || signal?.aborted) throw e;
    await new Promise((r) => setTimeout(r, 300));
    return gqlOnce<T>(query, variables, signal);
  }
}

async function gqlOnce<T>(query: string, variables: Variables, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const key = apiKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  let res: Response;
  try {
    res = await fetch(endpoint(), { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('The server cannot be reached.');
  }
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The server answered ${res.status} ${res.statusText}.`);
  }
  if (body.errors?.length) {
    const e = body.errors[0];
    throw new ApiError(e.message, e.extensions?.code);
  }
  if (!body.data) throw new ApiError(`The server answered ${res.status} without data.`);
  return body.data;
}

let wsClient: Client | undefined;

/** The shared subscription client, connecting on first use and reconnecting by itself. */
export function subscriptions(): Client {
  if (!wsClient) {
    const url = endpoint().replace(/^http/, 'ws');
    wsClient = createClient({
      url,
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      connectionParams: () => {
        const key = apiKey();
        return key ? { Authorization: `Bearer ${key}` } : {};
      },
    });
  }
  return wsClient;
}

/** Subscribes to a subscription document; returns the function that ends it. */
export function subscribe<T, V extends Variables>(doc: TypedDocumentNode<T, V>, variables: V, sink: Sink<{ data?: T | null }>): () => void {
  return subscriptions().subscribe<T>({ query: documentText(doc as TypedDocumentNode<unknown, never>), variables }, sink);
}

/** Restarts the subscription connection (after the API key changed). */
export async function resetSubscriptions(): Promise<void> {
  const c = wsClient;
  wsClient = undefined;
  await c?.dispose();
}
