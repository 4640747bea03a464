// A small client of hkgraph's public GraphQL API: queries over HTTP POST, subscriptions over
// graphql-transport-ws. The explorer uses nothing else of the server.
import { createClient, type Client } from 'graphql-ws';

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

/** Error codes worth one more try: a cold database can be slow to plan a query the first time. */
const TRANSIENT = new Set(['TIMEOUT', 'DATABASE_UNAVAILABLE']);

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  try {
    return await gqlOnce<T>(query, variables, signal);
  } catch (e) {
    if (!(e instanceof ApiError) || !e.code || !TRANSIENT.has(e.code) || signal?.aborted) throw e;
    await new Promise((r) => setTimeout(r, 300));
    return gqlOnce<T>(query, variables, signal);
  }
}

async function gqlOnce<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
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

/** Restarts the subscription connection (after the API key changed). */
export async function resetSubscriptions(): Promise<void> {
  const c = wsClient;
  wsClient = undefined;
  await c?.dispose();
}
