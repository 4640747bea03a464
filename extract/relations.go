package extract

import (
	_ "embed"
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

//go:embed cues/relations.tsv
var relationCuesTSV string

// relCue is one way news states a relationship: the cue phrase and where its two ends sit.
type relCue struct {
	lang  string // "zh" or "en"
	typ   kg.RelType
	cue   string
	runes []rune
	from  []string // slot alternatives: L, R, S
	to    []string
	flags map[string]bool
}

var relCues = parseRelCues(relationCuesTSV)

func parseRelCues(tsv string) []relCue {
	var out []relCue
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 5 {
			panic("extract: bad cue line: " + line)
		}
		c := relCue{lang: f[0], typ: kg.RelType(f[1]), cue: f[2], runes: []rune(f[2]),
			from: strings.Split(f[3], "|"), to: strings.Split(f[4], "|"), flags: map[string]bool{}}
		if !c.typ.Valid() {
			panic("extract: unknown relationship type in cues: " + line)
		}
		if len(f) > 5 {
			for _, fl := range strings.Fields(f[5]) {
				c.flags[fl] = true
			}
		}
		out = append(out, c)
	}
	// Longest cue first: at one position 签署战略合作协议 wins over 签署.
	sort.SliceStable(out, func(a, b int) bool { return len(out[a].runes) > len(out[b].runes) })
	return out
}

// endKinds says which kinds of entity may stand at each end of a relationship type.
var endKinds = map[kg.RelType][2][]kg.Kind{
	"INVESTED_IN":     {{kg.KindOrganization, kg.KindFund, kg.KindPerson}, {kg.KindOrganization}},
	"PARTNERED_WITH":  {{kg.KindOrganization}, {kg.KindOrganization}},
	"PARTICIPATED_IN": {{kg.KindOrganization, kg.KindPerson}, {kg.KindProgramme, kg.KindEvent}},
	"LOCATED_IN":      {{kg.KindOrganization, kg.KindFacility}, {kg.KindPlace, kg.KindFacility}},
	"LEADS":           {{kg.KindPerson}, {kg.KindOrganization, kg.KindProgramme, kg.KindFund}},
	"WORKED_AT":       {{kg.KindPerson}, {kg.KindOrganization}},
	"EDUCATED_AT":     {{kg.KindPerson}, {kg.KindOrganization}},
	"MANAGES":         {{kg.KindOrganization}, {kg.KindFund}},
	"FUNDS":           {{kg.KindOrganization, kg.KindFund, kg.KindPolicy}, {kg.KindOrganization, kg.KindProgramme}},
	"LISTED_ON":       {{kg.KindOrganization}, {kg.KindOrganization}},
	"MERGED_WITH":     {{kg.KindOrganization}, {kg.KindOrganization}},
	"SUBSIDIARY_OF":   {{kg.KindOrganization}, {kg.KindOrganization}},
	"OPERATES":        {{kg.KindOrganization}, {kg.KindProgramme, kg.KindFacility, kg.KindFund}},
	"ANNOUNCED":       {{kg.KindPolicy, kg.KindOrganization}, {kg.KindFund, kg.KindProgramme, kg.KindPolicy}},
	"ESTABLISHED":     {{kg.KindOrganization}, {kg.KindOrganization, kg.KindFund, kg.KindProgramme, kg.KindFacility}},
}

func kindFits(t kg.RelType, side int, k kg.Kind) bool {
	ks, ok := endKinds[t]
	if !ok {
		return true
	}
	for _, x := range ks[side] {
		if x == k {
			return true
		}
	}
	return false
}

// cueHit is one cue found in a sentence.
type cueHit struct {
	cue        *relCue
	start, end int
}

// findCues returns the cues in the sentence s, longest first at each position, not overlapping.
func findCues(d *doc, s span) []cueHit {
	lang := "zh"
	if d.lang == "en" {
		lang = "en"
	}
	var hits []cueHit
	covered := map[int]bool{}
	for i := s.start; i < s.end; i++ {
		if covered[i] {
			continue
		}
		for ci := range relCues {
			c := &relCues[ci]
			if c.lang != lang && !(lang == "zh" && c.lang == "en" && false) {
				continue
			}
			end := i + len(c.runes)
			if end > s.end || string(d.folded[i:end]) != c.cue {
				continue
			}
			if c.lang == "en" && (isWordRune(at(d.folded, i-1)) || isWordRune(at(d.folded, end))) {
				continue
			}
			hits = append(hits, cueHit{c, i, end})
			for k := i; k < end; k++ {
				covered[k] = true
			}
			break
		}
	}
	return hits
}

func at(r []rune, i int) rune {
	if i < 0 || i >= len(r) {
		return ' '
	}
	return r[i]
}

func isWordRune(c rune) bool { return isLatinLetter(c) || isDigit(c) }
