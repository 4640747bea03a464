package extract

import (
	"strconv"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Shares in a company stated as percentages: "X, owned as to 60% by A and 40% by B" (the
// wording of Hong Kong filings), "A will hold 51 per cent of X, with B holding the rest". Each
// holder invested in X; a holder of more than half of a company described as owned is its
// parent (as "owned by" reads), not an investor.

// shareHolding is one "N% by A" (or "A … N per cent of X") read from the text.
type shareHolding struct {
	holder mention
	pct    float64
}

// stakeFacts proposes the holdings that English sentences state as percentages.
func stakeFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 0) {
		s := d.sents[si]
		if len(ms) < 2 {
			continue
		}
		text := d.sentenceText(si)
		for _, cue := range []string{"owned as to ", ", owned "} {
			for _, at := range runeIndexes(text, s.start, cue) {
				if cue == ", owned " && hasPrefixAt(d.folded, at+len([]rune(cue)), "as to ") {
					continue // read by "owned as to "
				}
				owned, ok := ownedBefore(d, ms, at)
				if !ok {
					continue
				}
				hs := holdingsAfter(d, ms, at+len([]rune(cue)), s.end)
				out = append(out, holdingProposals(d, si, owned, hs, true, strings.TrimSpace(strings.TrimPrefix(cue, ", ")))...)
			}
		}
		out = append(out, percentOwnedFirst(d, ms, si, text)...) // ", 60% owned by A and 40% by B" (stakesbefore_en.go)
		out = append(out, heldShares(d, ms, si)...)
	}
	return out
}

// ownedBefore is the organisation an ", owned …" phrase at i describes: the last one before i
// in the sentence, with no comma between but one inside brackets (X (the "JV Company") in Abu
// Dhabi, owned as to …).
func ownedBefore(d *doc, ms []mention, i int) (mention, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end > i || m.kind == kg.KindPlace {
			continue
		}
		between := strings.TrimSuffix(strings.TrimRight(string(d.folded[m.end:i]), " "), ",") // "X, owned as to"
		if m.kind != kg.KindOrganization || i-m.end > 60 || strings.Contains(withoutBrackets(between), ",") {
			return mention{}, false
		}
		// A defined term in brackets names the entity before it: take the full name.
		for k > 0 && sameEntity(ms[k-1], m) && ms[k-1].kind == kg.KindOrganization {
			k--
			m = ms[k]
		}
		return m, true
	}
	return mention{}, false
}

// withoutBrackets drops what stands in round brackets.
func withoutBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// holdingsAfter reads "60% by A and 40% by B" (or "60 per cent by A") from i to end.
func holdingsAfter(d *doc, ms []mention, i, end int) []shareHolding {
	var out []shareHolding
	for {
		for i < end && (d.folded[i] == ' ' || d.folded[i] == ',') {
			i++
		}
		if hasPrefixAt(d.folded, i, "and ") {
			i += len("and ")
		}
		pct, j, ok := percentAt(d, i)
		if !ok || !hasPrefixAt(d.folded, j, " by ") {
			return out
		}
		j += len(" by ")
		m, ok := orgMentionAt(ms, j)
		if !ok && hasPrefixAt(d.folded, j, "the ") {
			m, ok = orgMentionAt(ms, j+len("the "))
		}
		if !ok {
			return out
		}
		out = append(out, shareHolding{m, pct})
		i = m.end
	}
}

// percentAt reads "60%", "60 per cent" or "60 percent" at i: the number and where it ends.
func percentAt(d *doc, i int) (float64, int, bool) {
	j := i
	for j < len(d.folded) && (isDigit(d.folded[j]) || d.folded[j] == '.') {
		j++
	}
	if j == i {
		return 0, i, false
	}
	v, err := strconv.ParseFloat(string(d.folded[i:j]), 64)
	if err != nil {
		return 0, i, false
	}
	for _, w := range []string{"%", " per cent", " percent"} {
		if hasPrefixAt(d.folded, j, w) {
			return v, j + len([]rune(w)), true
		}
	}
	return 0, i, false
}

// orgMentionAt returns the organisation's mention that starts at i.
func orgMentionAt(ms []mention, i int) (mention, bool) {
	for _, m := range ms {
		if m.start == i && m.kind == kg.KindOrganization {
			return m, true
		}
	}
	return mention{}, false
}

// holdVerbs state that the subject holds a share of what follows "of".
var holdVerbs = []string{" will hold ", " holds ", " held ", " will own ", " owns ", " owned ", " is to hold ", " would hold "}

// heldShares reads "A will hold 51 per cent of X[, with B holding the rest]": A (and B) invested
// in X. X may be "the venture, named Y" or "the joint venture, Y": Y.
func heldShares(d *doc, ms []mention, si int) []Proposal {
	var out []Proposal
	for k, a := range ms {
		if a.kind != kg.KindOrganization {
			continue
		}
		verb := ""
		for _, v := range holdVerbs {
			if hasPrefixAt(d.folded, a.end, v) {
				verb = v
				break
			}
		}
		if verb == "" {
			continue
		}
		pct, j, ok := percentAt(d, a.end+len([]rune(verb)))
		if !ok || !hasPrefixAt(d.folded, j, " of ") {
			continue
		}
		j += len(" of ")
		x, ok := orgMentionAt(ms[k+1:], j)
		if !ok {
			x, ok = namedVenture(d, ms[k+1:], j)
		}
		if !ok {
			continue
		}
		hs := []shareHolding{{a, pct}}
		if b, ok := restHolder(d, ms, x.end); ok {
			hs = append(hs, shareHolding{b, 100 - pct})
		}
		out = append(out, holdingProposals(d, si, x, hs, false, strings.TrimSpace(verb))...)
	}
	return out
}

// namedVenture reads "the venture, named Y", "the joint venture, called Y" or "the joint
// venture, Y," at i: Y.
func namedVenture(d *doc, ms []mention, i int) (mention, bool) {
	for _, head := range []string{"the joint venture, ", "the venture, ", "a joint venture, ", "the new company, ", "the company, "} {
		if !hasPrefixAt(d.folded, i, head) {
			continue
		}
		j := i + len([]rune(head))
		for _, w := range []string{"named ", "called ", "to be named ", "to be called "} {
			if hasPrefixAt(d.folded, j, w) {
				j += len([]rune(w))
				break
			}
		}
		return orgMentionAt(ms, j)
	}
	return mention{}, false
}

// restHolder reads ", with B holding the rest" (or "the remainder", "the remaining …") after
// the held company's name: B.
func restHolder(d *doc, ms []mention, i int) (mention, bool) {
	for i < len(d.folded) && (d.folded[i] == ',' || d.folded[i] == ' ') {
		i++
	}
	if !hasPrefixAt(d.folded, i, "with ") {
		return mention{}, false
	}
	b, ok := orgMentionAt(ms, i+len("with "))
	if !ok {
		return mention{}, false
	}
	for _, w := range []string{" holding the rest", " holding the remainder", " holding the remaining", " owning the rest", " taking the rest"} {
		if hasPrefixAt(d.folded, b.end, w) {
			return b, true
		}
	}
	return mention{}, false
}

// holdingProposals turns holdings of x into INVESTED_IN, or, for a holder of more than half
// stated as x's ownership (owned), SUBSIDIARY_OF.
func holdingProposals(d *doc, si int, x mention, hs []shareHolding, owned bool, trigger string) []Proposal {
	var out []Proposal
	for _, h := range hs {
		if sameEntity(h.holder, x) {
			continue
		}
		lo, hi := min(x.start, h.holder.start), max(x.end, h.holder.end)
		sp := citeSpan(d, si, false, lo, hi)
		add := func(r *RelationshipProposal) {
			out = append(out, relAt(d, sp, trigger, 0.6, r))
		}
		if owned && h.pct > 50 {
			add(&RelationshipProposal{Type: "SUBSIDIARY_OF", From: x.end_(), To: h.holder.end_()}) // as "owned by X"
		} else {
			add(&RelationshipProposal{Type: "INVESTED_IN", From: h.holder.end_(), To: x.end_()})
		}
	}
	return out
}

// appointingWords may stand right before "named" when it appoints someone ("has named X as
// chief executive", "was named chairman", "and named X"); any other lower-case word before it
// (after an optional comma) is a noun the name belongs to: "the venture, named Harbour Gateway",
// "a fund named Jade Growth".
var appointingWords = wordSet(`has have had was were been is are be also and recently today yesterday formally officially then who which it`)

// namesAThing reports whether the "named" at i gives a thing its name rather than appointing.
func namesAThing(d *doc, i int) bool {
	j := i
	for j > 0 && (d.runes[j-1] == ' ' || d.runes[j-1] == ',') {
		j--
	}
	w := wordStart(d.runes, j)
	if w == j {
		return false
	}
	word := string(d.runes[w:j])
	return !isCapitalised(word) && !appointingWords[strings.ToLower(word)]
}

// runeIndexes returns where sub stands in text (a sentence's folded text starting at rune
// offset base), as rune offsets into the document.
func runeIndexes(text string, base int, sub string) []int {
	var out []int
	for off := 0; ; {
		k := strings.Index(text[off:], sub)
		if k < 0 {
			return out
		}
		out = append(out, base+len([]rune(text[:off+k])))
		off += k + len(sub)
	}
}

// runeSpan turns a match's byte offsets loc[0], loc[1] in text (a sentence's folded text
// starting at rune offset base) into rune offsets into the document.
func runeSpan(text string, base int, loc []int) (start, end int) {
	return base + len([]rune(text[:loc[0]])), base + len([]rune(text[:loc[1]]))
}
