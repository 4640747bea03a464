import { describe, expect, it } from 'vitest';
import { highlightInContext, highlightInDocument } from '../src/citations';

describe('citations', () => {
  it('highlights the quote in its context', () => {
    const h = highlightInContext('作为香港数码科技的旗舰及创业培育基地,数码港汇聚了超过2000家企业。', '数码港汇聚了超过2000家企业');
    expect(h).toEqual({ before: '作为香港数码科技的旗舰及创业培育基地,', quote: '数码港汇聚了超过2000家企业', after: '。' });
    expect(h!.before + h!.quote + h!.after).toBe('作为香港数码科技的旗舰及创业培育基地,数码港汇聚了超过2000家企业。');
    expect(highlightInContext('abc', 'x')).toBeNull();
  });
  it('cuts a document at code-point offsets, not UTF-16 ones', () => {
    const text = '𠀀𠀁 Cyberport 數碼港';
    const h = highlightInDocument(text, 3, 12)!;
    expect(h.quote).toBe('Cyberport');
    expect(h.before).toBe('𠀀𠀁 ');
    expect(highlightInDocument(text, 5, 100)).toBeNull();
  });
});
