package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Plural references to a group named before: "The four start-ups will pitch at X", "These
// companies joined Y", 三家獲獎企業將加入丙, 上述企業將進駐丁. News names the members once, as
// the subjects (or objects) of one statement (甲獲一等獎，乙及丙獲二等獎; "The cohort comprises
// A, B, C and D"), then refers to them as a counted or pointed-at group. The group's members
// are the subject of the later cue: the latest group of the same size when the reference counts
// them (up to eight sentences back; the count makes the match), else the group of the sentence
// before. The citation is the cue's sentence (with the one before when the group is there).

// groupMemory keeps, per sentence and relationship type, the entities the cues of that
// sentence proposed as one end.
type groupMemory map[int]map[kg.RelType][]mention

func (g groupMemory) add(si int, t kg.RelType, m mention) {
	if g[si] == nil {
		g[si] = map[kg.RelType][]mention{}
	}
	if !containsEntity(g[si][t], m) {
		g[si][t] = append(g[si][t], m)
	}
}

// find returns the latest group of n members (n > 0), or of two or more in the sentence before
// (n == 0), whose members all fit; the bool prev says whether it is in the sentence before.
func (g groupMemory) find(si, n int, fits func(mention) bool) (out []mention, prev, ok bool) {
	for k := si - 1; k >= 0 && k >= si-8 && (n > 0 || k == si-1); k-- {
		for _, ms := range g[k] {
			if (n > 0 && len(ms) == n || n == 0 && len(ms) >= 2) && allFit(ms, fits) && (len(out) == 0 || ms[0].start > out[0].start) {
				out = ms
			}
		}
		if len(out) > 0 {
			return out, k == si-1, true
		}
	}
	return nil, false, false
}

func allFit(ms []mention, fits func(mention) bool) bool {
	for _, m := range ms {
		if !fits(m) {
			return false
		}
	}
	return true
}

var enGroupRefRe = regexp.MustCompile(`(?:^|[\s,])(the|these|those|all|all the|both|both of the)\s+(?:(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:[a-z-]+\s+)?(?:start-ups|startups|companies|firms|teams|finalists|winners|businesses|ventures)\b([^,.;]*)$`)

var zhGroupRefRe = regexp.MustCompile(`(?:(这些|上述|以上|该批|这批|此批|两|三|四|五|六|七|八|九|十|[0-9]+)(?:家|间|个|支|批)?)[\p{Han}]{0,4}(?:企业|公司|初创|团队|机构)([^，,。；：:]*)$`)

var enCounts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

var zhCounts = map[string]int{"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

// pluralSubjectBefore reports whether a plural group reference is the subject of a cue at
// position at (no name stands between it and the cue in the clause) and the count it gives
// (0 for "these companies", 上述企業).
func pluralSubjectBefore(d *doc, s span, ms []mention, at int) (int, bool) {
	from := max(s.start, at-60) // a reference stands within a few words of its cue: read no further back
	for _, m := range ms {
		if m.end <= at {
			from = max(from, m.end) // a name between the reference and the cue is the subject
		}
	}
	if d.lang == "en" {
		m := enGroupRefRe.FindStringSubmatch(lowerASCII(string(d.runes[from:at])))
		if m == nil || strings.Contains(m[3], " who") || strings.Contains(m[3], " that") {
			return 0, false
		}
		switch {
		case strings.HasPrefix(m[1], "both"):
			return 2, true
		case m[2] != "":
			if n, ok := enCounts[m[2]]; ok {
				return n, true
			}
			n, err := strconv.Atoi(m[2])
			return n, err == nil && n >= 2 && n <= 12
		case m[1] == "these" || m[1] == "those":
			return 0, true
		}
		return 0, false // "the start-ups" may mean any start-ups
	}
	for k := at - 1; k > from; k-- {
		if isClauseBreak(d.runes[k-1]) {
			from = k // the reference opens the cue's clause
			break
		}
	}
	m := zhGroupRefRe.FindStringSubmatch(string(d.folded[from:at]))
	if m == nil {
		return 0, false
	}
	if n, ok := zhCounts[m[1]]; ok {
		return n, true
	}
	if n, err := strconv.Atoi(m[1]); err == nil {
		return n, n >= 2 && n <= 12
	}
	return 0, true // 这些企业, 上述公司
}
