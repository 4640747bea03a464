package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A contest's prizes named by their rank (夺得一等奖, 冠军由甲获得) stand for the
// contest named before: the winner is SELECTED_FOR the contest.

// zhPrizeWords are the ranks of a contest's prizes.
var zhPrizeWords = []string{"一等奖", "二等奖", "三等奖", "特等奖", "优胜奖", "冠军", "亚军", "季军", "金奖", "银奖", "铜奖"}

// zhContestEnds end the names of contests whose prizes the text may name by rank.
var zhContestEnds = []string{"大赛", "比赛", "竞赛", "挑战赛", "创业赛", "黑客松", "大奖赛", "选拔赛"}

// zhCeremonyWords name a part of the event named before (出席开幕式并致辞): who attends it
// attends the event.
var zhCeremonyWords = []string{"开幕式", "开幕礼", "开幕典礼", "闭幕式", "闭幕礼", "颁奖礼", "颁奖典礼", "总决赛"}

// resolvePrizeRefs adds, for each prize rank not inside a name, a mention of the latest
// contest named before it, and for each ceremony word one of the latest event named before it.
func resolvePrizeRefs(d *doc, es *entitySet) {
	if d.lang == "en" {
		return
	}
	var contests, events []mention
	for _, m := range es.mentions {
		if m.kind == kg.KindEvent && !genericEvent(m.name) && !award(m.name) {
			events = append(events, m)
		}
		if m.kind == kg.KindEvent && endsWithAny([]rune(textnormFold(m.name)), len([]rune(textnormFold(m.name))), zhContestEnds) {
			contests = append(contests, m)
		}
	}
	f := d.folded
	var added []mention
	for i := 0; i < len(f); i++ {
		words, of := zhPrizeWords, contests
		if wordAt(f, i, zhCeremonyWords) {
			words, of = zhCeremonyWords, events
		}
		for _, w := range words {
			if !hasPrefixAt(f, i, w) || insideLongerMention(es.mentions, i, i+len([]rune(w))) {
				continue
			}
			for k := len(of) - 1; k >= 0; k-- {
				if c := of[k]; c.end <= i {
					n := mention{start: i, end: i + len([]rune(w)), name: c.name, id: c.id, key: c.key, kind: kg.KindEvent}
					if x := exactMention(es.mentions, n.start, n.end); x >= 0 {
						es.mentions[x] = n // a finder took the bare rank for a name
					} else {
						added = append(added, n)
					}
					break
				}
			}
			i += len([]rune(w)) - 1
			break
		}
	}
	es.addMentions(added)
}

// insideLongerMention reports whether a mention other than one of exactly [a, b) covers a (一等奖
// inside 科技一等奖; a bare 二等奖 a finder took for a name does not count).
func insideLongerMention(ms []mention, a, b int) bool {
	for _, m := range ms {
		if m.start <= a && a < m.end && !(m.start == a && m.end == b) {
			return true
		}
	}
	return false
}

// exactMention returns the index of the mention of exactly [a, b), or -1.
func exactMention(ms []mention, a, b int) int {
	for k, m := range ms {
		if m.start == a && m.end == b {
			return k
		}
	}
	return -1
}

// relativeObject returns, for the object of a passive Chinese cue 由…X that a 的 makes a
// relative clause (加入了由港投公司牵头成立的「香港新能源产业联盟」), the name the clause
// describes: it stands right after 的.
func relativeObject(d *doc, ms []mention, c *relCue, side int, h cueHit) (mention, bool) {
	if side != 1 || !c.gap || !strings.HasPrefix(c.cue, "由") || h.end >= len(d.folded) || d.folded[h.end] != '的' {
		return mention{}, false
	}
	for _, m := range ms {
		if m.start > h.end && m.start <= h.end+2 && fitsCue(c, 1, m.kind) {
			return m, true
		}
	}
	return mention{}, false
}
