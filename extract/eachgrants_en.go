package extract

import (
	"regexp"

	"github.com/hkgraph/hkgraph/kg"
)

// "The cohort comprises A, a …; B, a …; and C, a …. Each will receive a grant of US$50,000 from
// the programme.": a sentence opening with "Each" that gives money from a programme or body
// funds every company the sentence before listed with an aside (FUNDS).

var enEachGrantRe = regexp.MustCompile(`^(?:each|each of them|each company|each start-up|each startup|each team|all of them|they) (?:will |would |also |has |have )?(?:receive|receives|received|get|gets|got|be awarded|been awarded|win|wins|won)\b[^.;]{0,60}\b(?:grant|grants|funding|subsidy|subsidies|cash|prize|investment|award)s?\b[^.;]{0,40}? from (?:the )?$`)

// eachGrantFacts proposes FUNDER FUNDS ITEM for such sentences.
func eachGrantFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 1) {
		s := d.sents[si]
		var funder mention
		for _, m := range ms {
			if (m.kind == kg.KindProgramme || m.kind == kg.KindOrganization || m.kind == kg.KindFund) &&
				enEachGrantRe.MatchString(lowerASCII(string(d.folded[s.start:m.start]))) {
				funder = m
				break
			}
		}
		if funder.name == "" {
			continue
		}
		for _, it := range listedWithAsides(d, es, si-1) {
			if sameEntity(it, funder) {
				continue
			}
			sp := citeSpan(d, si, false, s.start, funder.end)
			out = append(out, relAt(d, sp, "each", 0.5, &RelationshipProposal{Type: "FUNDS", From: funder.end_(), To: it.end_()}))
		}
	}
	return out
}

// listedWithAsides are the organisations of sentence j (and of the ';' fragments before it that
// it continues) each followed by an aside (", a …") or ending its fragment: the items of a list
// whose items carry asides.
func listedWithAsides(d *doc, es *entitySet, j int) []mention {
	first := j
	for first > 0 && endsWithSemicolon(d, d.sents[first-1]) {
		first--
	}
	var out []mention
	for k := first; k <= j; k++ {
		for _, m := range es.sentenceMentions(d.sents[k]) {
			aside := hasPrefixAt(d.folded, m.end, ", ") // a bare name ending a fragment must open it too
			if m.kind == kg.KindOrganization && asideToEnd(d, m, d.sents[k]) && (aside || opensFragment(d, m, d.sents[k])) &&
				!(k == first && m.start == d.sents[k].start) {
				out = append(out, m)
			}
		}
	}
	if len(out) < 2 {
		return nil // one name with an aside is no list
	}
	return out
}

// opensFragment reports whether m opens fragment s (after spaces and "and ").
func opensFragment(d *doc, m mention, s span) bool {
	i := s.start
	for i < s.end && d.runes[i] == ' ' {
		i++
	}
	if hasPrefixAt(d.folded, i, "and ") {
		i += len("and ")
	}
	return m.start == i
}
