package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A byline may name the reporter alone ("By Jane Doe" on its own line, （記者 陳大文） closing the
// story) and leave the publication to the story itself, which names it where someone speaks to
// it: "the founder told Harbour Daily", "Harbour Daily has learned", 對《港聞日報》表示,
// 接受《港聞日報》訪問. The reporter WORKED_AT that publication.

// outletReporterFacts makes the reporter of an outlet-less byline WORKED_AT the one
// publication the story names as the one it was told to (nothing when it names two), else the
// wire its dateline names.
func outletReporterFacts(d *doc, es *entitySet) []Proposal {
	reps := soleBylineReporters(d, es)
	if len(reps) == 0 {
		return nil
	}
	outlet, ok := toldOutlet(d, es)
	if !ok && d.lang == "en" {
		outlet, ok = datelineWire(d, es) // "By Jane Doe … HONG KONG, Aug 27 (Reuters) -"
	}
	if !ok && d.lang == "en" {
		outlet, ok = leadWireMention(d, es) // "(Bloomberg) --" (wirecredits_en.go)
	}
	if !ok {
		return nil
	}
	sp := d.sents[d.sentenceOf(outlet.start)]
	var out []Proposal
	for _, rep := range reps {
		if !sameEntity(outlet, rep) {
			out = append(out, relAt(d, sp, outlet.name, 0.5, &RelationshipProposal{Type: "WORKED_AT", From: rep.end_(), To: outlet.end_()}))
		}
	}
	return out
}

// soleBylineReporters are the people an outlet-less byline names: an English line "By Jane Doe"
// (or "By Jane Doe and John Roe") near the top, or a Chinese 记者 right before a person's name in
// brackets or opening a line, with the names listed after it (（記者 陳大文、李小芬）).
func soleBylineReporters(d *doc, es *entitySet) []mention {
	if d.lang == "en" {
		var out []mention
		for _, n := range soleEnglishByline(d) {
			if m, ok := mentionSpan(es.mentions, n.start, n.end); ok && m.kind == kg.KindPerson {
				out = append(out, m)
			}
		}
		return out
	}
	for k, m := range es.mentions {
		if m.kind != kg.KindPerson {
			continue
		}
		j := m.start
		for j > 0 && d.runes[j-1] == ' ' {
			j--
		}
		if !hasSuffixAt(d.folded, j, "记者") {
			continue
		}
		if i := j - 2; i == 0 || strings.ContainsRune("（(\n】", d.runes[i-1]) {
			out := []mention{m}
			for _, n := range es.mentions[k+1:] {
				last := out[len(out)-1]
				if n.start < last.end {
					continue
				}
				if g := strings.TrimSpace(string(d.runes[last.end:n.start])); n.kind != kg.KindPerson || g != "、" && g != "及" && g != "和" && g != "" {
					break
				}
				out = append(out, n)
			}
			return out
		}
	}
	return nil
}

// soleEnglishByline is the names of a line "By Jane Doe" (or "By Jane Doe and John Roe") among
// the text's first lines that holds nothing else (englishByline reads the lines that name the
// outlet too).
func soleEnglishByline(d *doc) []span {
	n := 0
	for start, end := range d.lines(0) {
		if n >= bylineLines {
			break
		}
		n++
		for end > start && (d.runes[end-1] == ' ' || d.runes[end-1] == '\r') {
			end--
		}
		if !hasPrefixAt(d.runes, start, "By ") || end-start > maxBylineLine {
			continue
		}
		r, ok := capitalisedRun(d.runes, latinWordsFrom(d.runes, start+3, 4))
		if !ok || r.start != start+3 {
			continue
		}
		if r.end == end {
			return []span{r}
		}
		if hasPrefixAt(d.runes, r.end, " and ") {
			r2, ok := capitalisedRun(d.runes, latinWordsFrom(d.runes, r.end+5, 4))
			if ok && r2.start == r.end+5 && r2.end == end {
				return []span{r, r2}
			}
		}
	}
	return nil
}

// bylineReporterKind makes the name of a line "By Zhang Yiran" a person's: a byline credits a
// writer, whatever the name's shape told the entity reader.
func bylineReporterKind(d *doc, es *entitySet) {
	if d.lang != "en" {
		return
	}
	for _, n := range soleEnglishByline(d) {
		for i := range es.mentions {
			if m := &es.mentions[i]; m.start == n.start && m.end == n.end && m.id == "" && !m.media && m.kind == kg.KindOrganization {
				m.kind = kg.KindPerson
				if c, ok := es.candidates[m.key]; ok {
					c.kind = kg.KindPerson
				}
			}
		}
	}
}

// enToldBefore and enToldAfter frame a publication the story was told to.
var enToldBefore = []string{"told ", "in an interview with ", "speaking to ", "speaking with ", "said to ", "confirmed to ", "in a statement to ", "in an email to "}
var enToldAfter = []string{" has learned", " has learnt", " understands", " was told"}

// zhToldBefore and zhToldAfter frame a paper in 《》 the story was told to (对《甲》表示, 《甲》获悉).
var zhToldBefore = []string{"对", "向", "接受", "回复", "回应", "答复"}
var zhToldAfter = []string{"表示", "透露", "说", "称", "指", "访问", "专访", "采访", "查询", "证实", "获悉", "了解到", "得悉"}

// toldOutlet is the one organisation the story names as told the news; none when it names two.
func toldOutlet(d *doc, es *entitySet) (mention, bool) {
	var found mention
	ok := false
	for _, m := range es.mentions {
		if m.kind != kg.KindOrganization || !toldFrame(d, m) || listingVenue(m.name) || publicBody(m.name) {
			continue
		}
		if ok && !sameEntity(found, m) {
			return mention{}, false
		}
		found, ok = m, true
	}
	return found, ok
}

// toldFrame reports whether mention m stands where a story names the publication it was told.
func toldFrame(d *doc, m mention) bool {
	f := d.folded
	if d.lang == "en" {
		if nameGoesOn(d, m.end) {
			return false // "told Tech in Asia": the name read stops short of the publication's
		}
		return endsWithAny(f, m.start, enToldBefore) && !hasPrefixAt(f, m.end, " in a filing") ||
			wordStartingAt(f, m.end, enToldAfter) != ""
	}
	if m.start == 0 || f[m.start-1] != '《' || at(f, m.end) != '》' {
		return false
	}
	after := wordStartingAt(f, m.end+1, zhToldAfter) != "" || hasPrefixAt(f, m.end+1, "记者") && wordStartingAt(f, m.end+3, zhToldAfter) != ""
	return after && (endsWithAny(f, m.start-1, zhToldBefore) || wordStartingAt(f, m.end+1, []string{"获悉", "了解到", "得悉"}) != "")
}

// listingVenue reports whether a name is an exchange's: a company tells the exchange in a
// filing, no story is told to it.
func listingVenue(name string) bool {
	n := textnormFold(name)
	return strings.Contains(n, "Exchange") || strings.Contains(n, "HKEX") || strings.Contains(n, "交易所")
}

// nameGoesOn reports whether a joining word and a capitalised word follow position i ("Tech"
// of "Tech in Asia"): a name may run on past the mention that ends there.
func nameGoesOn(d *doc, i int) bool {
	for _, w := range []string{" in ", " of ", " and ", " & "} {
		if c := at(d.runes, i+len([]rune(w))); hasPrefixAt(d.runes, i, w) && c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}
