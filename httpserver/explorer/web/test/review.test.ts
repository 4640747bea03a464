import { describe as group, expect, it } from 'vitest';
import { describe, editValue, inGraph, leadChoices, nextPending, roundChoices, segments, statusChoices, type Proposal } from '../src/review-model';

const end = (name: string, entity?: string, proposal?: string) => ({
  name, entity: entity ? { id: entity, name, kind: 'ORGANIZATION' as const } : null, proposal: proposal ? { id: proposal, status: 'PENDING' as const } : null,
});

const base = { confidence: 0.8, trigger: '領投', resultId: null, citation: { start: 0, end: 4, quote: 'xxxx' }, entity: null, relationship: null, figure: null };

const relProposal = (id: string, status: Proposal['status'], extra: Partial<Proposal> = {}): Proposal => ({
  ...base, id, kind: 'RELATIONSHIP', status,
  relationship: {
    type: 'INVESTED_IN', date: '2024-03', endDate: null, dateNote: '今年3月', amount: 5e7, currency: 'HKD', amountHKD: 5e7, role: null,
    status: null, round: null, lead: null,
    from: end('甲資本', undefined, 'prop:a'), to: end('Votee AI', 'votee-ai'),
  },
  ...extra,
});

group('segments', () => {
  it('cuts the text at every span, counting code points, with overlapping spans', () => {
    // 𠮷 is one code point and two UTF-16 units: offsets are code points, as the API's.
    const text = '𠮷甲資本領投，乙基金參投。';
    const segs = segments(text, [{ id: 'p1', start: 1, end: 6 }, { id: 'p2', start: 1, end: 4 }, { id: 'p3', start: 6, end: 12 }]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs).toEqual([
      { text: '𠮷', ids: [] },
      { text: '甲資本', ids: ['p1', 'p2'] },
      { text: '領投', ids: ['p1'] },
      { text: '，乙基金參投', ids: ['p3'] },
      { text: '。', ids: [] },
    ]);
  });

  it('leaves out a span that is not inside the text', () => {
    expect(segments('abc', [{ id: 'x', start: 2, end: 9 }, { id: 'y', start: 2, end: 2 }])).toEqual([{ text: 'abc', ids: [] }]);
  });
});

group('proposals in words', () => {
  it('a relationship: its ends (a pending one marked new), dates and the amount as stated', () => {
    const d = describe(relProposal('p', 'PENDING'));
    expect(d.title).toBe('甲資本 (new) → invested in → Votee AI');
    expect(d.details).toEqual(['2024-03', '今年3月', 'HK$50 million']);
    const known = relProposal('p', 'PENDING');
    known.relationship!.to = end('數碼港', 'cyberport');
    known.relationship!.to.entity!.name = 'Cyberport';
    expect(describe(known).title).toBe('甲資本 (new) → invested in → Cyberport “數碼港”');
    known.relationship!.to.name = '「數碼港」';
    expect(describe(known).title).toBe('甲資本 (new) → invested in → Cyberport “數碼港”');
  });

  it('a relationship: its round, lead and a status other than current, as the details panel gives them', () => {
    const p = relProposal('p', 'PENDING');
    Object.assign(p.relationship!, { round: 'SERIES_A', lead: true, status: 'PLANNED' });
    expect(describe(p)).toEqual({
      title: '甲資本 (new) → invested in → Votee AI', details: ['2024-03', '今年3月', 'Series A · led the round · HK$50 million'], factStatus: 'planned',
    });
    Object.assign(p.relationship!, { round: 'UNDISCLOSED', lead: false, status: 'ENDED', amount: 5e6, currency: 'USD', amountHKD: null, role: 'co-investor' });
    expect(describe(p).details).toEqual(['2024-03', '今年3月', 'Round not disclosed · joined the round · USD 5 million', 'role: co-investor']);
    expect(describe(p).factStatus).toBe('ended');
    // A status stated as current, or not stated (current as of the text), gets no chip.
    for (const status of ['CURRENT', null] as const) {
      Object.assign(p.relationship!, { status });
      expect(describe(p)).not.toHaveProperty('factStatus');
    }
  });

  it('an entity: kind, roles, Chinese names, and the known entity it resolved to', () => {
    const p: Proposal = {
      ...base, id: 'e', kind: 'ENTITY', status: 'PENDING',
      entity: { kind: 'ORGANIZATION', name: 'Alpha Capital', nameZhHans: '甲资本', nameZhHant: '甲資本', aliases: [], roles: ['INVESTOR'], existing: null },
    };
    expect(describe(p)).toEqual({ title: 'Alpha Capital', details: ['Organisation, Investor', '甲資本 / 甲资本'] });
  });

  it('where an accepted proposal is in the graph', () => {
    expect(inGraph(relProposal('p', 'PENDING'))).toBeUndefined();
    const accepted = relProposal('p', 'ACCEPTED', { resultId: 'rel:invested_in:1' });
    accepted.relationship!.from = end('甲資本', 'alpha-capital');
    expect(inGraph(accepted)).toEqual({ entity: 'alpha-capital', relationship: 'rel:invested_in:1' });
    expect(inGraph({ ...base, id: 'e', kind: 'ENTITY', status: 'ACCEPTED', resultId: 'alpha-capital' })).toEqual({ entity: 'alpha-capital' });
  });

  it('the next pending proposal, wrapping around', () => {
    const ps = [relProposal('a', 'PENDING'), relProposal('b', 'ACCEPTED'), relProposal('c', 'REJECTED'), relProposal('d', 'PENDING')];
    expect(nextPending(ps, 0)).toBe(3);
    expect(nextPending(ps, 3)).toBe(0);
    expect(nextPending([relProposal('b', 'ACCEPTED')], 0)).toBe(0);
  });
});

group('the editor’s status, round and lead', () => {
  it('offers every status, round and lead, and “not stated” only while nothing is stated (an edit cannot clear one)', () => {
    expect(statusChoices()).toEqual([['PLANNED', 'Planned'], ['CURRENT', 'Current'], ['ENDED', 'Ended']]);
    const none = roundChoices(null);
    expect(none[0]).toEqual(['', 'Not stated']);
    expect(none).toContainEqual(['SERIES_A', 'Series A']);
    expect(none).toContainEqual(['SERIES_D_PLUS', 'Series D or later']);
    expect(roundChoices('SEED')).toEqual(none.slice(1));
    expect(leadChoices(undefined)).toEqual([['', 'Not stated'], ['true', 'Led the round'], ['false', 'Joined the round']]);
    expect(leadChoices(false)).toEqual([['true', 'Led the round'], ['false', 'Joined the round']]);
  });

  it('sends numbers as numbers, lead as a boolean and the rest as the text', () => {
    expect(editValue('amount', '50000000', true)).toBe(5e7);
    expect(editValue('lead', 'true', false)).toBe(true);
    expect(editValue('lead', 'false', false)).toBe(false);
    expect(editValue('round', 'SERIES_B', false)).toBe('SERIES_B');
    expect(editValue('status', 'PLANNED', false)).toBe('PLANNED');
  });
});
