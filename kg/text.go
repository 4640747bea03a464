package kg

import (
	"fmt"
	"strings"
	"unicode"
)

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func joinLines(lines []string) string { return strings.Join(lines, "\n") }

// Text is a document's text indexed by Unicode code point, the unit citations count in.
type Text []rune

// Slice returns text[start:end] and whether the range is inside the text.
func (t Text) Slice(start, end int) (string, bool) {
	if start < 0 || end > len(t) || start >= end {
		return "", false
	}
	return string(t[start:end]), true
}

// sentenceEnd marks where a sentence ends in Chinese or English text.
func sentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '\n', '!', '?':
		return true
	}
	return false
}

// Context returns the sentence (or sentences) around text[start:end]: from after the previous
// sentence end to the next sentence end inclusive, trimmed, at most ~300 code points either side.
func (t Text) Context(start, end int) string {
	const reach = 300
	from := start
	for from > 0 && start-from < reach && !sentenceEnd(t[from-1]) {
		from--
	}
	to := end
	for to < len(t) && to-end < reach && !sentenceEnd(t[to-1]) {
		to++
	}
	return strings.TrimFunc(string(t[from:to]), unicode.IsSpace)
}

// IndexAll returns the code-point offsets of every non-overlapping occurrence of needle.
func (t Text) IndexAll(needle string) []int {
	n := []rune(needle)
	var out []int
	if len(n) == 0 {
		return nil
	}
	for i := 0; i+len(n) <= len(t); i++ {
		if t[i] == n[0] && string(t[i:i+len(n)]) == needle {
			out = append(out, i)
			i += len(n) - 1
		}
	}
	return out
}

// HasNumeral reports whether s contains a digit or a Chinese numeral, for figure citations
// that name the number rather than the entity.
func HasNumeral(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return unicode.IsDigit(r) || strings.ContainsRune("一二三四五六七八九十百千万亿两半", r)
	})
}

// VisibleContext is the context a caller may read of a citation. Anonymous callers of a
// non-public text see the quote alone: the quotes of the seed article already cover about 47%
// of it, and the sentences around them brought that to about 70%, so the surrounding sentence
// is for those who may read the whole text anyway.
func (c Citation) VisibleContext(textPublic, canReadText bool) string {
	if textPublic || canReadText {
		return c.Context
	}
	return c.Quote
}
