package eval

import (
	"strings"

	"github.com/hkgraph/hkgraph/textnorm"
)

// Why a gold relationship was missed, from the nearest proposal or the text around its ends.
// Counted per split so that a blind split tells where its recall goes (names, types,
// reach) without anyone reading its texts.
const (
	CauseOtherType  = "same ends, other type"
	CauseReversed   = "same type, reversed"
	CauseBoundary   = "same type, an end's name cut differently"
	CauseOneEnd     = "same type, one end another entity"
	CauseEndMissing = "an end not recognised"
	CauseSentence   = "ends in one sentence, not linked"
	CauseApart      = "ends in different sentences"
)

// Causes lists the causes in the order the report prints them.
var Causes = []string{CauseOtherType, CauseReversed, CauseBoundary, CauseOneEnd, CauseEndMissing, CauseSentence, CauseApart}

// missCause classifies one missed gold relation. recognised tells whether an end spec names
// an entity the extractor proposed or a known entity the text mentions; surfaces gives the
// folded strings an end spec may appear as in the text.
func missCause(g GoldRelation, preds []pred, matches func(string, map[string]bool) bool,
	recognised func(string) bool, surfaces func(string) []string, sentences []string) string {
	one, cut := false, false
	for _, p := range preds {
		ff, tt := matches(g.From, p.from), matches(g.To, p.to)
		ft, tf := matches(g.From, p.to), matches(g.To, p.from)
		switch {
		case p.r.Type != g.Type && (ff && tt || ft && tf):
			return CauseOtherType
		case p.r.Type == g.Type && ft && tf:
			return CauseReversed
		case p.r.Type == g.Type && ff:
			one = true
			cut = cut || overlaps(surfaces(g.To), p.to)
		case p.r.Type == g.Type && tt:
			one = true
			cut = cut || overlaps(surfaces(g.From), p.from)
		}
	}
	if cut {
		return CauseBoundary
	}
	if one {
		return CauseOneEnd
	}
	if !recognised(g.From) || !recognised(g.To) {
		return CauseEndMissing
	}
	from, to := surfaces(g.From), surfaces(g.To)
	for _, s := range sentences {
		if containsAny(s, from) && containsAny(s, to) {
			return CauseSentence
		}
	}
	return CauseApart
}

// overlaps reports whether a gold end's name and a proposed end's name contain one another
// (at least two runes in common): the same entity, its name cut at another boundary.
func overlaps(gold []string, proposed map[string]bool) bool {
	for _, g := range gold {
		for p := range proposed {
			if strings.HasPrefix(p, "id:") || len([]rune(g)) < 2 || len([]rune(p)) < 2 {
				continue
			}
			if strings.Contains(g, p) || strings.Contains(p, g) {
				return true
			}
		}
	}
	return false
}

// Why a proposed relationship matched no gold fact.
const (
	WrongOtherType = "gold has its ends with another type"
	WrongReversed  = "gold has it reversed"
	WrongAttached  = "one end of a gold fact of its type"
	WrongNotEntity = "an end no gold entity"
	WrongUnstated  = "ends gold entities, fact not in gold"
)

// WrongCauses lists the causes of wrong proposals in the order the report prints them.
var WrongCauses = []string{WrongOtherType, WrongReversed, WrongAttached, WrongNotEntity, WrongUnstated}

// wrongCause classifies a proposal that matched no gold fact.
func wrongCause(p pred, c *Case, matches func(string, map[string]bool) bool) string {
	attached := false
	for _, g := range c.Relationships {
		ff, tt := matches(g.From, p.from), matches(g.To, p.to)
		ft, tf := matches(g.From, p.to), matches(g.To, p.from)
		switch {
		case g.Type != p.r.Type && (ff && tt || ft && tf):
			return WrongOtherType
		case g.Type == p.r.Type && ft && tf:
			return WrongReversed
		case g.Type == p.r.Type && (ff || tt):
			attached = true
		}
	}
	if attached {
		return WrongAttached
	}
	gold := func(keys map[string]bool) bool {
		for _, g := range c.Relationships {
			if matches(g.From, keys) || matches(g.To, keys) {
				return true
			}
		}
		for _, e := range c.Entities {
			if matches(e.Name, keys) {
				return true
			}
		}
		return false
	}
	if !gold(p.from) || !gold(p.to) {
		return WrongNotEntity
	}
	return WrongUnstated
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if x != "" && strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// foldedSentences splits text at sentence ends and line breaks, folded for matching.
func foldedSentences(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if s := strings.TrimSpace(b.String()); s != "" {
			out = append(out, textnorm.Fold(s))
		}
		b.Reset()
	}
	rs := []rune(text)
	for i, r := range rs {
		b.WriteRune(r)
		switch r {
		case '。', '！', '？', '；', '\n', '!', '?', ';':
			flush()
		case '.':
			// "Ltd." and "U.S." do not end sentences; a full stop before a space and a capital does.
			if i+2 < len(rs) && rs[i+1] == ' ' && rs[i+2] >= 'A' && rs[i+2] <= 'Z' && i > 0 && rs[i-1] >= 'a' && rs[i-1] <= 'z' {
				flush()
			}
		}
	}
	flush()
	return out
}
