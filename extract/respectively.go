package extract

import (
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/textnorm"
)

// 获资助企业为甲、乙及丙，三间企业将分别在A、B及C设立生产线; "A and B will open offices in X
// and Y respectively": each of the listed subjects goes with the object in the same place of
// the other list. A cue fills one subject and all the objects, so its facts pair the first
// subject with every object; pairRespectively pairs them item by item instead.

// respectiveCue reports whether the cue at i distributes its objects over a list of subjects:
// 分别 or 各自 right before it, or "respectively" after it in its sentence.
func respectiveCue(d *doc, i int) bool {
	if d.lang == "en" {
		si := d.sentenceOf(i)
		return si >= 0 && strings.Contains(strings.ToLower(string(d.folded[i:min(d.sents[si].end, i+200)])), "respectively")
	}
	for k := i; k >= max(0, i-3); k-- {
		if hasSuffixAt(d.folded, k, "分别") || hasSuffixAt(d.folded, k, "各自") {
			return true
		}
	}
	return false
}

// pairRespectively rewrites the facts of each distributing cue, which pair every subject with
// every object: when the subjects (those the cue filled, or the n-item list that starts at its
// one subject before it, in its sentence or the one before) are as many as the objects, item k
// of the subjects goes with item k of the objects.
func pairRespectively(d *doc, es *entitySet, ps []Proposal) []Proposal {
	groups := map[string][]int{} // type and cue → indexes into ps
	var order []string
	for i, p := range ps {
		if p.Relationship == nil {
			continue
		}
		k := string(p.Relationship.Type) + "|" + itoa(cueAt(d, p))
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	drop := map[int]bool{}
	for _, k := range order {
		g := groups[k]
		at := cueAt(d, ps[g[0]])
		if len(g) < 2 || !respectiveCue(d, at) {
			continue
		}
		var subjects []End
		objects := map[string]int{} // object → the first fact that names it
		var objectOrder []int
		for _, i := range g {
			r := ps[i].Relationship
			if !containsEnd(subjects, r.From) {
				subjects = append(subjects, r.From)
			}
			if _, ok := objects[endKey(r.To)]; !ok {
				objects[endKey(r.To)] = i
				objectOrder = append(objectOrder, i)
			}
		}
		if len(subjects) == 1 {
			subjects = nil
			for _, m := range subjectList(d, es, ps[g[0]].Relationship.From, at) {
				subjects = append(subjects, m.end_())
			}
		}
		if len(subjects) != len(objectOrder) || len(subjects) < 2 {
			continue
		}
		sort.SliceStable(objectOrder, func(a, b int) bool {
			return objectWrittenAt(d, ps[objectOrder[a]]) < objectWrittenAt(d, ps[objectOrder[b]])
		})
		for _, i := range g {
			drop[i] = true
		}
		for n, i := range objectOrder {
			if sameEnd(subjects[n], ps[i].Relationship.To) {
				continue
			}
			r := *ps[i].Relationship
			r.From = subjects[n]
			ps[i].Relationship = &r
			drop[i] = false
		}
	}
	out := ps[:0]
	for i, p := range ps {
		if !drop[i] {
			out = append(out, p)
		}
	}
	return out
}

func containsEnd(es []End, e End) bool {
	for _, x := range es {
		if endKey(x) == endKey(e) {
			return true
		}
	}
	return false
}

// subjectList returns the mentions of from's kind that start at from's first mention before the
// cue at i (in its sentence or the one before) and run up to the cue: the listed subjects.
func subjectList(d *doc, es *entitySet, from End, i int) []mention {
	si := d.sentenceOf(i)
	if si < 0 {
		return nil
	}
	lo := d.sents[max(0, si-1)].start
	var ms []mention
	for s := max(0, si-1); s <= si; s++ {
		ms = append(ms, es.sentenceMentions(d.sents[s])...)
	}
	var out []mention
	for _, m := range ms {
		if m.start < lo || m.end > i || genericEnd(m.end_()) {
			continue // (半導體封裝企業: a trade word that is also another name's short form)
		}
		if len(out) == 0 && !sameEnd(m.end_(), from) {
			continue
		}
		if len(out) > 0 && m.kind != out[0].kind {
			continue
		}
		out = append(out, m)
	}
	return out
}

// objectWrittenAt is where a fact's object is written: its first mention after the cue.
func objectWrittenAt(d *doc, p Proposal) int {
	name := []rune(p.Relationship.To.Name)
	for k := cueAt(d, p); k+len(name) <= p.End; k++ {
		if string(d.runes[k:k+len(name)]) == string(name) {
			return k
		}
	}
	return p.End
}

func sameEnd(a, b End) bool { return endKey(a) == endKey(b) && endKey(a) != "" }

// genericEnd reports whether a new entity's name as written is generic words alone (半導體 in
// 半導體封裝企業, a short form of 港晶半導體 that names no one where it stands).
func genericEnd(e End) bool {
	return e.EntityID == "" && textnorm.HasHan(e.Name) && allGeneric(textnorm.Fold(e.Name))
}
