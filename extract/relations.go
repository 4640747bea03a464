package extract

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/hkgraph/hkgraph/kg"
)

//go:embed cues/relations.tsv
var relationCuesTSV string

// relCue is one way news states a relationship: the cue phrase and where its two ends sit.
type relCue struct {
	first string // the cue up to " * " (the whole cue when it has no gap)
	rest  string // after " * "
	gap   bool
	lang  string // "zh" or "en"
	typ   kg.RelType
	cue   string
	runes []rune
	from  []string // slot alternatives: L, R, S
	to    []string
	flags map[string]bool
	role  string // LEADS: the role the cue itself says (创办 → Founder)
	// fits[side][k] is fitsCue's answer for the kind kg.Kinds[k], worked out once: slots ask
	// it for every mention of a clause.
	fits [2][]bool
}

// kindIndex is each kind's position in kg.Kinds.
var kindIndex = func() map[kg.Kind]int {
	m := map[kg.Kind]int{}
	for i, k := range kg.Kinds {
		m[k] = i
	}
	return m
}()

var relCues = parseRelCues(allRelationCuesTSV)

// allRelationCuesTSV joins every relation cue list the extractor reads.
var allRelationCuesTSV = relationCuesTSV + "\n" + relativeCuesTSV + "\n" + armCuesTSV + "\n" + pairCuesTSV + "\n" + marketCuesTSV + "\n" + officeCuesTSV + "\n" + eventCuesTSV + "\n" + hkCuesTSV

// CueLists returns the relation cue lists (every cues/*.tsv of relation cues, joined) and the
// person titles as the extractor reads them, for tools that compare text with them
// (internal/tools/cuemine).
func CueLists() (relations, titles string) { return allRelationCuesTSV, titlesTSV }

// cuesByRune indexes the cues by their first rune: each position checks few.
var cuesByRune = func() map[rune][]int {
	m := map[rune][]int{}
	for i, c := range relCues {
		r := []rune(c.first)[0]
		m[r] = append(m[r], i)
	}
	return m
}()

func parseRelCues(tsv string) []relCue {
	var out []relCue
	for line := range cueLines(tsv) {
		f := strings.Split(line, "\t")
		if len(f) < 5 {
			panic("extract: bad cue line: " + line)
		}
		c := relCue{lang: f[0], typ: kg.RelType(f[1]), cue: f[2], runes: []rune(f[2]),
			from: strings.Split(f[3], "|"), to: strings.Split(f[4], "|"), flags: map[string]bool{}}
		c.first, c.rest, c.gap = strings.Cut(c.cue, " * ")
		if !c.typ.Valid() {
			panic("extract: unknown relationship type in cues: " + line)
		}
		if len(f) > 5 {
			for _, fl := range strings.Fields(f[5]) {
				if r, ok := strings.CutPrefix(fl, "role="); ok {
					c.role = strings.ReplaceAll(r, "_", " ")
					continue
				}
				c.flags[fl] = true
			}
		}
		out = append(out, c)
	}
	for i := range out {
		if premisesCue(&out[i]) {
			out[i].flags["premises"] = true
		}
	}
	out = withAsFrames(withInflections(out)) // 作为 * 的培育公司 (asframes_zh.go)
	// Longest cue first: at one position 签署战略合作协议 wins over 签署.
	sort.SliceStable(out, func(a, b int) bool { return len(out[a].runes) > len(out[b].runes) })
	return out
}

// premisesCue reports whether an English LOCATED_IN cue speaks of premises (an office, a
// headquarters, setting up, moving): what a company has, never an event.
func premisesCue(c *relCue) bool {
	if c.lang != "en" || c.typ != "LOCATED_IN" {
		return false
	}
	for _, w := range []string{"its", "office", "headquarters", "set up", "relocat", "moved", "moves", "open"} {
		if strings.Contains(c.cue, w) {
			return true
		}
	}
	return false
}

// cueFits fills relCues' fits tables on first use: init functions of other files add to
// endKinds, so the tables wait until every package variable and init has run.
var cueFits sync.Once

func fillCueFits() {
	for i := range relCues {
		c := &relCues[i]
		for side := range c.fits {
			c.fits[side] = make([]bool, len(kg.Kinds))
			for k, kind := range kg.Kinds {
				c.fits[side][k] = fitsCueKind(c, side, kind)
			}
		}
	}
}

// endKinds says which kinds of entity may stand at each end of a relationship type.
var endKinds = map[kg.RelType][2][]kg.Kind{
	"INVESTED_IN":     {{kg.KindOrganization, kg.KindFund, kg.KindPerson}, {kg.KindOrganization}},
	"PARTNERED_WITH":  {{kg.KindOrganization, kg.KindFund}, {kg.KindOrganization}}, // a fund co-invests with a partner
	"PARTICIPATED_IN": {{kg.KindOrganization, kg.KindPerson}, {kg.KindProgramme, kg.KindEvent}},
	"LOCATED_IN":      {{kg.KindOrganization, kg.KindFacility, kg.KindEvent, kg.KindFund}, {kg.KindPlace, kg.KindFacility}}, // an event is held, a fund based, somewhere
	"LEADS":           {{kg.KindPerson}, {kg.KindOrganization, kg.KindProgramme, kg.KindFund}},
	"WORKED_AT":       {{kg.KindPerson}, {kg.KindOrganization}},
	"EDUCATED_AT":     {{kg.KindPerson}, {kg.KindOrganization}},
	"MANAGES":         {{kg.KindOrganization}, {kg.KindFund}},
	"FUNDS":           {{kg.KindOrganization, kg.KindFund, kg.KindPolicy}, {kg.KindOrganization, kg.KindProgramme}},
	"LISTED_ON":       {{kg.KindOrganization}, {kg.KindOrganization, kg.KindPlace}}, // "listed in Hong Kong"
	"MERGED_WITH":     {{kg.KindOrganization}, {kg.KindOrganization}},
	"SUBSIDIARY_OF":   {{kg.KindOrganization}, {kg.KindOrganization}},
	"OPERATES":        {{kg.KindOrganization}, {kg.KindProgramme, kg.KindFacility, kg.KindFund}},
	"ANNOUNCED":       {{kg.KindPolicy, kg.KindOrganization}, {kg.KindFund, kg.KindProgramme, kg.KindPolicy}},
	"ESTABLISHED":     {{kg.KindOrganization}, {kg.KindOrganization, kg.KindFund, kg.KindProgramme, kg.KindFacility}},
	"TARGETS_MARKET":  {{kg.KindOrganization, kg.KindProgramme, kg.KindFund}, {kg.KindPlace}}, // a fund invests in a region
	"SELECTED_FOR":    {{kg.KindOrganization, kg.KindPerson}, {kg.KindEvent, kg.KindPolicy}},
	"ATTENDED":        {{kg.KindOrganization, kg.KindPerson}, {kg.KindEvent}},
	"RECOGNIZED_BY":   {{kg.KindOrganization}, {kg.KindOrganization}},
	"MEMBER_OF":       {{kg.KindOrganization, kg.KindPerson}, {kg.KindOrganization}},
	"ORGANIZED":       {{kg.KindOrganization}, {kg.KindEvent}},
}

// fitsCue is kindFits for one cue: a "site" cue (進駐, headquartered at) also takes an
// organisation as the place (數碼港, Cyberport name both the company and its campus); a "fund"
// cue (有限合伙人包括, anchor investor) takes only a fund as what is funded; a "scheme" cue
// (獲…資助) takes a programme as the funder.
func fitsCue(c *relCue, side int, k kg.Kind) bool {
	cueFits.Do(fillCueFits)
	if i, ok := kindIndex[k]; ok && c.fits[side] != nil {
		return c.fits[side][i]
	}
	return fitsCueKind(c, side, k)
}

func fitsCueKind(c *relCue, side int, k kg.Kind) bool {
	if c.flags["fundfrom"] && side == 0 {
		return k == kg.KindFund // "The fund will back start-ups in X": a fund's market
	}
	if c.flags["premises"] && side == 0 && k == kg.KindEvent {
		return false // "At the summit, X said it would set up its headquarters in Y": a company's premises
	}
	if c.flags["siteonly"] && side == 1 {
		return k == kg.KindFacility // 於香港科學園營運。: premises; 在香港營運。 is a market (TARGETS_MARKET)
	}
	if c.flags["event"] && side == 0 {
		return k == kg.KindEvent // "論壇將於下月在會展中心舉行": only an event is held
	}
	if c.flags["fund"] && side == 1 {
		return k == kg.KindFund // "limited partners include X": X funds the fund, not the manager
	}
	if c.flags["prog"] && side == 1 {
		return k == kg.KindProgramme // 入选 a programme joins it; 入选 an award or a list is SELECTED_FOR
	}
	if c.flags["noprog"] && side == 1 && k == kg.KindProgramme {
		return false // 设立“乙计划”: a programme set up is run (OPERATES), a body set up established
	}
	if c.flags["nofund"] && side == 1 && k == kg.KindFund {
		return false // "launched a fund" establishes it (ESTABLISHED), "launched a programme" runs it
	}
	if c.flags["contrib"] && side == 1 {
		return k != kg.KindPerson && k != kg.KindPlace && k != kg.KindEvent // a contribution goes to a lab, fund or programme (contributions.go)
	}
	if c.flags["scheme"] && side == 1 {
		return k == kg.KindOrganization // a scheme's money goes to a company or a body
	}
	if c.flags["pfrom"] && side == 0 && k != kg.KindPerson {
		return false // "who also sits on X", 则来自X: said of a person
	}
	if c.flags["scheme"] && side == 0 && k == kg.KindProgramme {
		return true // 獲「數碼港創意微型基金」資助: the scheme named in the gap pays
	}
	return kindFits(c.typ, side, k) || c.flags["site"] && side == 1 && k == kg.KindOrganization
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
	gap        span // between the two parts of a gapped cue (获…投资): slot I
}

// findCues returns the cues in the sentence s, longest first at each position, not
// overlapping; cues of the same text for several types all fire (the ends' kinds decide).
// An English cue "founded * by" matches with up to 40 runes between its parts.
func findCues(d *doc, s span) []cueHit {
	if hits, ok := d.cueCache[s]; ok {
		return hits
	}
	hits := findCuesUncached(d, s)
	if d.cueCache == nil {
		d.cueCache = map[span][]cueHit{}
	}
	d.cueCache[s] = hits
	return hits
}

func findCuesUncached(d *doc, s span) []cueHit {
	lang := "zh"
	if d.lang == "en" {
		lang = "en"
	}
	var hits []cueHit
	covered := map[int]bool{}
	inGap := map[int]bool{} // inside the gap of 獲…注資 only owner cues match (獲甲旗下的乙注資)
	for i := s.start; i < s.end; i++ {
		if covered[i] && !inGap[i] {
			continue
		}
		matched := -1
		gapOnly := covered[i]
		for _, ci := range cuesByRune[d.folded[i]] {
			c := &relCues[ci]
			if c.lang != lang || matched >= 0 && len(c.runes) != matched || gapOnly && !c.flags["adj"] && !c.flags["ingap"] && !relativeCueAt(d, c, i) {
				continue
			}
			end, ok := matchCue(d, c, i, s.end)
			if !ok || c.flags["final"] && !passiveEndsAt(d, end) || c.flags["end"] && !enClauseClosesAt(d, end) { // a passive 由…主办 ends its clause
				continue
			}
			if c.flags["midclause"] && passiveEndsAt(d, end) {
				continue // 在香港營運四個倉 has premises there; 在香港營運。 only a site (its "siteonly" twin)
			}
			if cueOpensCompound(d, c, end) {
				continue // 探討共同投資機會, 港交所上市科 (cuecompounds_zh.go)
			}
			if c.flags["appos"] || c.flags["np"] {
				// "X, a biochemist at Y", "worked as an analyst at Y" stand beside the
				// other cues (they take no position from "an incubatee at"): over a short noun
				// phrase only, and an apposition only after ", ".
				g0, g1 := i+utf8.RuneCountInString(c.first), end-utf8.RuneCountInString(c.rest)
				if (!c.flags["appos"] || at(d.runes, i-2) == ',' && at(d.runes, i-1) == ' ') && nounPhraseGap(d, g0, g1) && !studyParticipleGap(d, g0, g1) && !(c.typ == "WORKED_AT" && trainedBefore(d, i)) {
					hits = append(hits, cueHit{cue: c, start: i, end: end, gap: span{i + utf8.RuneCountInString(c.first), end - utf8.RuneCountInString(c.rest)}})
				}
				continue
			}
			if negatedCue(d, s, i) {
				break // 否认…上市, "is in talks with": no fact is stated
			}
			h := cueHit{cue: c, start: i, end: end}
			if c.gap {
				h.gap = span{i + utf8.RuneCountInString(c.first), end - utf8.RuneCountInString(c.rest)}
				if hedgedGap(d, h) {
					continue // 被問到市場傳聞甲有意收購乙 (askedframes_zh.go)
				}
			}
			hits = append(hits, h)
			matched = len(c.runes)
			for k := i; k < coverEnd(c, h, end); k++ {
				covered[k] = true
				inGap[k] = c.gap && c.lang == "zh" && k >= h.gap.start && k < h.gap.end
			}
		}
	}
	return hits
}

// relativeCueAt reports whether the Chinese cue c at i, read from left to right (甲主辦, 甲合辦,
// 甲領投), ends in 的 and so modifies the name after it: 在甲主辦的「乙」上舉行, 完成由甲領投的
// A輪融資. Such a relative clause names its own two ends inside the gap of an outer cue.
func relativeCueAt(d *doc, c *relCue, i int) bool {
	return c.lang == "zh" && !c.gap && len(c.from) > 0 && c.from[0] == "L" && len(c.to) > 0 && c.to[0] == "R" &&
		at(d.folded, i+len(c.runes)) == '的'
}

func matchCue(d *doc, c *relCue, i, limit int) (int, bool) {
	n := utf8.RuneCountInString(c.first)
	end := i + n
	if end > limit || !hasPrefixAt(d.folded, i, c.first) {
		if c.lang == "en" && !c.gap {
			return asideSplitCue(d, c.first, i, limit) // "investors, who took half, included" (asides_en.go)
		}
		return 0, false
	}
	if c.lang == "en" {
		// A cue opening with - or an apostrophe ("-based", "'s parent") joins the word before.
		if !strings.ContainsRune("-'’", []rune(c.first)[0]) && isWordRune(at(d.folded, i-1)) || isWordRune(at(d.folded, end)) {
			return 0, false
		}
	}
	if !c.gap {
		return end, true
	}
	rn := utf8.RuneCountInString(c.rest)
	for k := end + 1; k+rn <= limit && k <= end+40; k++ {
		if c.lang == "zh" && (isClauseBreak(d.runes[k-1]) && !(d.runes[k-1] == ',' && isDigit(at(d.runes, k-2)) && isDigit(at(d.runes, k))) || d.runes[k-1] == '。') {
			// (not the comma of a number, 獲約6,000萬港元資助)
			break // a Chinese gap stays inside its clause
		}
		if c.lang == "en" && relativeWordAt(d, k) {
			break // "a former Google engineer who did his PhD at X": the "at" is the relative clause's (subjects_en.go)
		}
		if placeCue(c) && clauseJointAt(d, k) {
			break // "to open a Singapore office and is in talks": the "in" is the next clause's (placegaps_en.go)
		}
		if c.lang == "zh" && hasPrefixAt(d.folded, k, c.first) && !hasPrefixAt(d.folded, k, c.rest) {
			return 0, false // 獲批企業「乙」則獲800萬港元資助: the nearer 獲 opens the cue, the first is 獲批's (r19inv)
		}
		// English parts stand on word boundaries; Chinese ones may touch digits (獲…注資1億).
		if hasPrefixAt(d.folded, k, c.rest) && (c.lang == "zh" || !isWordRune(at(d.folded, k-1)) && !isWordRune(at(d.folded, k+rn))) {
			if marketActionGap(d, c, end, k) {
				return 0, false // "will fund a launch in Japan": a market, read by the market cues (placegaps_en.go)
			}
			if c.lang == "zh" && (c.first == "于" || c.first == "在") && temporalAt(d.folded, end, k) && !strings.ContainsRune(string(d.folded[end:k]), '的') {
				// 於明年1月加入甲營運的乙: 於 opens a time, no place (the verbs inside are cues of
				// their own); 在今年4月舉行的乙上 is a place the time only describes.
				return 0, false
			}
			return k + rn, true
		}
	}
	return 0, false
}

func at(r []rune, i int) rune {
	if i < 0 || i >= len(r) {
		return ' '
	}
	return r[i]
}

func isWordRune(c rune) bool { return isLatinLetter(c) || isDigit(c) }
