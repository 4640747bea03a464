import { describe, expect, it } from 'vitest';
import { parseState, serializeState } from '../src/state';

describe('URL state', () => {
  it('round-trips a view', () => {
    const s = parseState('?entity=cyberport&depth=2&kinds=ORGANIZATION,PLACE&types=FUNDS&expand=hkic,hong-kong&selected=hkic&path=cyberport,hkex');
    expect(s).toEqual({
      entity: 'cyberport', depth: 2, kinds: ['ORGANIZATION', 'PLACE'], types: ['FUNDS'], expanded: ['hkic', 'hong-kong'],
      selected: 'hkic', path: ['cyberport', 'hkex'],
    });
    expect(serializeState(s)).toBe('?entity=cyberport&depth=2&kinds=ORGANIZATION,PLACE&types=FUNDS&expand=hkic,hong-kong&selected=hkic&path=cyberport,hkex');
  });
  it('leaves defaults out and drops what is not valid', () => {
    const s = parseState('?entity=Not%20An%20Id&depth=9&kinds=NOPE&expand=ok-id,%3Cscript%3E');
    expect(s).toEqual({ entity: undefined, depth: 1, kinds: [], types: undefined, expanded: ['ok-id'], selected: undefined, path: undefined });
    expect(serializeState({ entity: 'cyberport', depth: 1, expanded: [], selected: 'cyberport' })).toBe('?entity=cyberport');
    expect(serializeState({ depth: 1, expanded: [] })).toBe('');
  });
  it('names the review page: a document or the form for a new one', () => {
    expect(parseState('?review=doc:0123456789abcdef').review).toBe('doc:0123456789abcdef');
    expect(serializeState({ depth: 1, expanded: [], review: 'doc:0123456789abcdef' })).toBe('?review=doc:0123456789abcdef');
    expect(parseState('?review=new').review).toBe('new');
    expect(parseState('?review=doc:<x>').review).toBeUndefined();
    expect(parseState('?review=cyberport').review).toBeUndefined();
  });
});
