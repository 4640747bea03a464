package extract

import (
	"sort"
	"strings"
)

// Coordinated asides: "Paysphere, founded in 2019 by Kenneth Yam and merged with TapNow in 2023,
// said …", "Klook, which was set up in 2014 and is backed by SoftBank, …". The aside after a
// name holds two verb phrases joined by "and"; the second one's left end is the name the aside
// follows, not a name inside the first phrase (Kenneth Yam).

// asideParticiples open an aside that describes the name before it without a verb of its own
// ending in -ed: the irregular past participles news uses.
var asideParticiples = wordSet(`set spun built run led owned founded backed`)

// coordinatedAsideHead returns, for a cue at i right after "and " inside an aside opened by a
// past participle or "which"/"who" after a name and a comma (no other comma or semicolon
// between), that name.
func coordinatedAsideHead(d *doc, ms []mention, i int) (mention, bool) {
	if d.lang != "en" || i < 5 || string(d.folded[i-5:i]) != " and " {
		return mention{}, false
	}
	k := i - 5
	for k > 0 && i-k < 160 && d.runes[k] != ',' && d.runes[k] != ';' && d.runes[k] != '.' && d.runes[k] != '\n' {
		k--
	}
	if k <= 0 || d.runes[k] != ',' || i-k >= 160 {
		return mention{}, false
	}
	ws := strings.Fields(string(d.folded[k+1 : i-5]))
	if len(ws) < 2 || !asideOpener(ws[0]) {
		return mention{}, false
	}
	x := sort.Search(len(ms), func(j int) bool { return ms[j].end > k }) - 1
	if x < 0 || ms[x].end != k {
		return mention{}, false
	}
	return ms[x], true
}

// asideOpener reports whether w (folded) opens a describing aside: a past participle
// ("founded", "spun"), "which" or "who".
func asideOpener(w string) bool {
	if w == "which" || w == "who" {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && strings.ToLower(w) == w || asideParticiples[w]
}
