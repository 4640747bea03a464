package extract

import (
	"strings"
	"unicode/utf8"
)

// zhNegations deny or hedge what follows them in their clause (周子航否认公司有赴港上市的计划,
// 双方仍未签署任何协议, 正洽谈A+轮融资, 不排除明年申请上市): a cue after one states no fact.
// Folded (Simplified) forms.
var zhNegations = []string{"否认", "否定", "并无", "并未", "并非", "未有", "尚未", "仍未", "暂未", "未曾", "未能", "从未",
	"无意", "不会", "不排除", "无计划", "没有", "未必", "洽谈", "磋商", "商讨", "传闻", "传出", "有意",
	"正申请", "并不", "不考虑", "暂不", // 暂不考虑在南沙落地; 正申請: a pending application states no fact yet
	"暂无", "会否", "是否", "能否", "可否", "流传", "网传", "盛传", "据传", "传言"} // 暂无赴港上市的时间表, 問及會否在港交所上市, 网上流传的“…将赴港上市”

// zhNegatorRunes deny the verb they stand right before (不参与, 未签署, 没签订).
var zhNegatorRunes = runeSet("不未没")

// enNegations deny or hedge a cue that follows them in its clause ("denied that it would
// list", "is in talks with", "has not invested in", "no plans to partner").
var enNegations = []string{"not", "no", "never", "denied", "denies", "deny", "talks", "rumoured", "rumored",
	"declined", "neither", "nor", "without", "n't"}

// negatedCue reports whether the cue starting at i is denied or hedged by a word before it in
// its clause (the clause starts after the last ，,：: ; or the sentence start s).
func negatedCue(d *doc, s span, i int) bool {
	from := max(s.start, negationClauseStart(d, i))
	if from >= i {
		return false
	}
	if d.lang != "en" {
		for k := i - 1; k >= from && k >= i-2; k-- {
			if zhNegatorRunes[d.folded[k]] && !(k+1 < len(d.folded) && d.folded[k+1] == '来') {
				return true // 未来 is "future", not a negation
			}
		}
		if hasSuffixAt(d.folded, i, "申请") {
			return true // 計劃申請加入: applying is not joining
		}
		// A negation word lies wholly inside the clause before the cue.
		return zhNegationStarts(d)[i] >= from
	}
	if from == s.start && from > 0 && isNegationWordRune(d.folded[from-1]) {
		// A word runs across the sentence's start: read the clause's words as they stand.
		for _, w := range strings.FieldsFunc(strings.ToLower(string(d.folded[from:i])), func(r rune) bool { return !isNegationWordRune(r) }) {
			if isEnNegation(w) {
				return true
			}
		}
		return false
	}
	// No word runs across from (a break or the sentence's start precedes it): the clause's
	// words are the text's words that end by i, and the one i cuts.
	t := enNegationTable(d)
	if t.starts[i] >= from {
		return true
	}
	if k := t.wordStart[i]; k >= 0 && k < i && isNegationWordRune(d.folded[i-1]) {
		return isEnNegation(strings.ToLower(string(d.folded[max(k, from):i])))
	}
	return false
}

func isNegationWordRune(r rune) bool { return isLatinLetter(r) || r == '\'' }

func isEnNegation(w string) bool {
	for _, n := range enNegations {
		if w == n || n == "n't" && strings.HasSuffix(w, n) {
			return true
		}
	}
	return false
}

// negationTable is built once per English text (d.enNeg): starts[p] is the latest start of a
// word that is an enNegation and ends at or before p (-1 for none), wordStart[p] the start of
// the word that holds p (-1 when p is not in one). Words are runs of letters and apostrophes.
type negationTable struct {
	starts, wordStart []int
}

func enNegationTable(d *doc) *negationTable {
	if d.enNeg != nil {
		return d.enNeg
	}
	f := d.folded
	t := &negationTable{starts: make([]int, len(f)+1), wordStart: make([]int, len(f)+1)}
	for p := range t.starts {
		t.starts[p], t.wordStart[p] = -1, -1
	}
	for p := 0; p < len(f); {
		if !isNegationWordRune(f[p]) {
			p++
			continue
		}
		e := p
		for e < len(f) && isNegationWordRune(f[e]) {
			t.wordStart[e] = p
			e++
		}
		if isEnNegation(strings.ToLower(string(f[p:e]))) {
			t.starts[e] = p
		}
		p = e
	}
	for p := 1; p <= len(f); p++ {
		t.starts[p] = max(t.starts[p], t.starts[p-1])
	}
	d.enNeg = t
	return t
}

// negationClauseStart is where the clause holding i starts for negatedCue: after the last
// comma, colon or semicolon before it (d.negFrom, built once per text).
func negationClauseStart(d *doc, i int) int {
	if d.negFrom == nil {
		d.negFrom = startsAfter(d.runes, func(c rune) bool { return isClauseBreak(c) || c == '；' || c == ';' })
	}
	return d.negFrom[i]
}

// startsAfter returns, for each position p of r and its end, the latest q <= p where q is 0
// or r[q-1] is a break: where the stretch holding p starts.
func startsAfter(r []rune, isBreak func(rune) bool) []int {
	t := make([]int, len(r)+1)
	for p := 1; p <= len(r); p++ {
		t[p] = t[p-1]
		if isBreak(r[p-1]) {
			t[p] = p
		}
	}
	return t
}

// zhNegationStarts returns d.negStarts, building it on first use: for each position p the
// latest start of a zhNegations word ending at or before p, or -1. Asking "is there a negation
// word in [from, i)" is then one lookup, where scanning the clause again for every cue was
// quadratic in a long clause.
func zhNegationStarts(d *doc) []int {
	if d.negStarts != nil {
		return d.negStarts
	}
	n := len(d.folded)
	starts := make([]int, n+1)
	for p := range starts {
		starts[p] = -1
	}
	for s := range d.folded {
		for _, w := range zhNegations {
			if hasPrefixAt(d.folded, s, w) {
				e := s + utf8.RuneCountInString(w)
				starts[e] = max(starts[e], s)
			}
		}
	}
	for p := 1; p <= n; p++ {
		starts[p] = max(starts[p], starts[p-1])
	}
	d.negStarts = starts
	return starts
}
