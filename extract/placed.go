package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// placeDescriptorFacts reads "<place> <industry> <descriptor> <name>" as LOCATED_IN: 杭州腦機接口
// 公司靈犀智腦, 深圳具身智能企業星際動力, Hong Kong logistics startup Lalaport.
func placeDescriptorFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	ms := es.mentions
	for i, p := range ms {
		if p.kind != kg.KindPlace {
			continue
		}
		for j := i + 1; j < len(ms) && j <= i+2; j++ {
			o := ms[j]
			if o.kind != kg.KindOrganization && o.kind != kg.KindFund || o.weak || o.start-p.end > 30 || o.start < p.end { // 日本的軟銀願景基金
				continue
			}
			// 香港具身智能企业“衡矩智能”: the quote mark opens the name.
			between := strings.TrimRight(strings.TrimSpace(string(d.folded[p.end:o.start])), "「“『\"")
			// "內地企業X" says little; an industry word before the descriptor (深圳具身智能企業X,
			// Hong Kong logistics startup X) makes the phrase a description of X.
			// A Chinese place right before a name, or before 的 and the name, says where it is:
			// 日本住友化學, 沙特阿拉伯的阿卜杜拉國王科技大學. Not 香港 in Hong Kong news: there it
			// mostly opens the name itself (香港數碼港, 香港科技園公司) or labels what every
			// company of the story is, and the annotators do not read a location from it.
			adjacent := d.lang != "en" && (between == "" || between == "的") && j == i+1 && len([]rune(o.name)) >= 3 &&
				!notAName(o) && !endsWithDescriptor(o.name) && p.id != "hong-kong"
			// "Hong Kong-listed developer X", 香港上市公司X say where X is listed, not where it is.
			// 智源基因的美國子公司Genovista: the place says where the subsidiary is.
			unit := d.lang != "en" && j == i+1 && (between == "子公司" || between == "附属公司" || between == "分公司")
			// "the Shenzhen chipmaker X": in English a place before a bare descriptor says where X is.
			bare := isBareDescriptor(between) && d.lang != "en" && !isClassHead(between) && !fieldDescriptor(d, between, p.start)
			if !adjacent && !unit && (!endsWithDescriptor(between) || bare) && !kindBeforeLatin(d, between, o) || strings.ContainsAny(between, "，,。；;、") ||
				strings.HasPrefix(between, "-listed") || strings.Contains(between, "上市") || d.sentenceOf(p.start) != d.sentenceOf(o.start) {
				continue
			}
			si := d.sentenceOf(o.start)
			sp := citeSpan(d, si, false, p.start, o.end)
			out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp),
				Trigger: string(d.runes[p.start:o.start]), Confidence: 0.5,
				Relationship: &RelationshipProposal{Type: "LOCATED_IN", From: o.end_(), To: p.end_()}})
			break
		}
	}
	return out
}

func endsWithDescriptor(s string) bool {
	if s == "" {
		return false
	}
	for _, w := range zhDescriptors {
		if strings.HasSuffix(s, w) && !strings.Contains(w, "旗下") && !strings.Contains(w, "公司") || strings.HasSuffix(s, "公司") && !strings.HasSuffix(s, "子公司") && !strings.HasSuffix(s, "母公司") {
			return true
		}
	}
	words := strings.Fields(s)
	if strings.HasPrefix(s, "-based") && len(words) <= 5 {
		for _, w := range words[:len(words)-1] {
			if enDescriptors[w] {
				return false // "-based company later acquired X": a verb follows the descriptor
			}
		}
		return true
	}
	return len(words) <= 4 && enDescriptors[words[len(words)-1]]
}

func isBareDescriptor(s string) bool {
	for _, w := range zhDescriptors {
		if s == w {
			return true
		}
	}
	return enDescriptors[s] || s == "公司"
}

// describedPlaceFacts reads the place that opens a description standing right before a quoted
// or described name as the name's location, when the reader took the description for a name of
// its own or dropped it: 香港新能源企业“晴川电力”, 香港金融科技公司「富信通」.
func describedPlaceFacts(d *doc, es *entitySet, ix *Index) []Proposal {
	if d.lang == "en" {
		return nil
	}
	var out []Proposal
	for _, n := range es.mentions {
		if n.kind != kg.KindOrganization || n.start == 0 {
			continue
		}
		end := n.start
		if strings.ContainsRune("「“『", d.runes[end-1]) {
			end--
		}
		si := d.sentenceOf(n.start)
		if si < 0 {
			continue
		}
		lo := max(d.sents[si].start, end-16)
		for p := end - 3; p >= lo; p-- {
			if isClauseBreak(d.runes[p]) || !isHan(d.folded[p]) {
				break
			}
			id, l, ok := knownPlaceAt(d, ix, p, end)
			if !ok {
				continue
			}
			if m, in := es.mentionCovering(p); in && m.id != "" && m.end > p+l {
				break // 香港大學初創「泓碳科技」: the place opens a known name, not a description
			}
			if _, city := es.cityBefore[p+l]; city {
				break // 在深圳南山区创办…公司甲: the district says where 甲 is (first_person.go's dropCityBeforeDistrict)
			}
			desc := string(d.folded[p+l : end])
			if !endsWithDescriptor(desc) || isBareDescriptor(desc) || strings.Contains(desc, "的") {
				break // 香港科技大學的…初創「甲」: the place names the owner, not 甲's location
			}
			if strings.Contains(desc, "上市") {
				break // 香港上市公司甲: where 甲 is listed, not where it is
			}
			sp := citeSpan(d, si, false, p, n.end)
			out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp),
				Trigger: string(d.runes[p:n.start]), Confidence: 0.5,
				Relationship: &RelationshipProposal{Type: "LOCATED_IN", From: n.end_(), To: End{Name: string(d.runes[p : p+l]), EntityID: id}}})
			break
		}
	}
	return out
}

// knownPlaceAt finds a known place whose name (two to four code points) starts at p and ends
// before end.
func knownPlaceAt(d *doc, ix *Index, p, end int) (string, int, bool) {
	for l := min(4, end-p-2); l >= 2; l-- {
		name := string(d.folded[p : p+l]) // already folded as the index's names are
		if name == "本港" || name == "本地" {
			continue // "local": the place is not named
		}
		if id, ok := ix.byName[name]; ok && ix.kinds[id] == kg.KindPlace {
			return id, l, true
		}
	}
	return "", 0, false
}

// appositionPlaceFacts reads the place in an English apposition or possessive as the location
// of the name it describes: "Vale Aero, a Shenzhen maker of flight controllers", "Kowloon Ledger
// Labs, a Hong Kong accounting software developer", "Singapore's Temasek".
func appositionPlaceFacts(d *doc, es *entitySet) []Proposal {
	if d.lang != "en" {
		return nil
	}
	var out []Proposal
	ms := es.mentions
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		var org, place mention
		switch g := string(d.folded[a.end:b.start]); {
		case a.kind == kg.KindPlace && (b.kind == kg.KindOrganization || b.kind == kg.KindFund) && !b.weak && describedAfterBased(g):
			org, place = b, a // "Tokyo-based venture firm X" (placemodifiers_en.go)
		case a.kind == kg.KindOrganization && b.kind == kg.KindPlace && (g == ", a " || g == ", an ") && !a.weak:
			// The place must describe: a noun follows it, not a verb or a comma.
			if !lowerWordAt(d, b.end) {
				continue
			}
			org, place = a, b
		case a.kind == kg.KindPlace && b.kind == kg.KindOrganization && (g == "'s " || g == "’s ") && !b.weak:
			org, place = b, a
		case a.kind == kg.KindOrganization && b.kind == kg.KindPlace && g == ", the " && !a.weak && unitWordAt(d, b.end):
			org, place = a, b // "SenseCore HK, the Hong Kong subsidiary of SenseTime"
		case a.kind == kg.KindOrganization && b.kind == kg.KindPlace && g == ", the " && !a.weak && descriptorAppositionAt(d, b.end):
			org, place = a, b // "Fintech Saudi, the Saudi fintech hub,"
		case (a.kind == kg.KindOrganization || a.kind == kg.KindFacility) && b.kind == kg.KindOrganization && !b.weak &&
			(g == "-based " || g == "-headquartered "):
			org, place = b, a // "Cyberport-based Votee AI": a campus that is also a company
		case (a.kind == kg.KindFacility || a.kind == kg.KindOrganization) && b.kind == kg.KindPlace && inAfterName(g) && !a.weak &&
			(!lowerWordAt(d, b.end) || functionWordAt(d, b.end)) && (a.id == "" || a.kind == kg.KindFacility):
			// "the Advanced Manufacturing Centre in Tseung Kwan O", "Amazon Robotics in
			// Boston": a new name and the place it is in (a noun after the place makes it a
			// modifier: "a stake in Hong Kong start-ups").
			org, place = a, b
		case a.kind == kg.KindEvent && (g == " at " || g == " at the " || g == " in ") && (!lowerWordAt(d, b.end) || functionWordAt(d, b.end)) &&
			(b.kind == kg.KindPlace || b.kind == kg.KindFacility || g != " in " && b.kind == kg.KindOrganization && !b.weak):
			org, place = a, b // "pitching at GreenBridge Demo Day 2026 at The Mills": an event and its venue
		default:
			continue
		}
		si := d.sentenceOf(org.start)
		if si != d.sentenceOf(place.start) {
			continue
		}
		sp := citeSpan(d, si, false, min(a.start, b.start), max(a.end, b.end))
		out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp),
			Trigger: string(d.runes[a.start:b.end]), Confidence: 0.5,
			Relationship: &RelationshipProposal{Type: "LOCATED_IN", From: org.end_(), To: place.end_()}})
	}
	return out
}

// inAfterName reports whether the gap between a name and a place is " in", after a defined
// term in brackets or its closing quote and bracket ("X (the \"JV Company\") in Abu Dhabi").
func inAfterName(g string) bool {
	if strings.HasPrefix(g, " (") {
		if k := strings.Index(g, ")"); k > 0 && k < 40 && !strings.Contains(g[:k], ",") {
			g = g[k+1:] // the bracket defines a term for the name
		}
	}
	return g == " in " || strings.TrimLeft(g, "\"”’)") == " in " && strings.HasPrefix(strings.TrimLeft(g, "\"”’"), ")")
}

// lowerWordAt reports whether a lower-case word starts after the space at i.
func lowerWordAt(d *doc, i int) bool {
	return i+1 < len(d.runes) && d.runes[i] == ' ' && d.runes[i+1] >= 'a' && d.runes[i+1] <= 'z'
}

// mentionCovering returns the mention that covers position i.
func (es *entitySet) mentionCovering(i int) (mention, bool) {
	for _, m := range es.mentions {
		if m.start <= i && i < m.end {
			return m, true
		}
		if m.start > i {
			break
		}
	}
	return mention{}, false
}
