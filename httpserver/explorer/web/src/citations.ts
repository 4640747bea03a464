// Citations: the quoted span highlighted in its context, or in the whole document.

export interface Highlight {
  before: string;
  quote: string;
  after: string;
}

/**
 * Splits a citation's context around its quote. Citation.context is the sentence around the
 * quote; the quote is found in it (the first occurrence). Null when the context does not
 * contain the quote.
 */
export function highlightInContext(context: string, quote: string): Highlight | null {
  const i = quote ? context.indexOf(quote) : -1;
  if (i < 0) return null;
  return { before: context.slice(0, i), quote, after: context.slice(i + quote.length) };
}

/**
 * Splits a whole document's text at a citation's span. start and end are Unicode code-point
 * offsets (as the API gives them), not UTF-16 indexes: Array.from counts code points.
 */
export function highlightInDocument(text: string, start: number, end: number): Highlight | null {
  const cps = Array.from(text);
  if (start < 0 || end > cps.length || start >= end) return null;
  return { before: cps.slice(0, start).join(''), quote: cps.slice(start, end).join(''), after: cps.slice(end).join('') };
}
