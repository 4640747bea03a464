package extract

import "strings"

// parentsOfLocalArms drops LOCATED_IN facts of a company in a place where the same sentence
// locates its own arm, named after it ("芯衡在香港设立全资子公司芯衡（香港）有限公司",
// "Orbisense set up Orbisense (Hong Kong) Limited in Hong Kong"): the arm is in the place; the
// parent is where the text says elsewhere.
func parentsOfLocalArms(d *doc, ps []Proposal) []Proposal {
	type key struct {
		sent  int
		place string
	}
	arms := map[key][]string{}
	for _, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "LOCATED_IN" {
			k := key{d.sentenceOf(cueAt(d, p)), textnormFold(r.To.Name)}
			arms[k] = append(arms[k], textnormFold(r.From.Name))
		}
	}
	out := ps[:0]
	for _, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "LOCATED_IN" && hasOwnArm(arms[key{d.sentenceOf(cueAt(d, p)), textnormFold(r.To.Name)}], textnormFold(r.From.Name)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// hasOwnArm reports whether one of names is parent's name with a place or a legal form after
// it (芯衡（香港）有限公司 for 芯衡; 迅鏈國際（香港）有限公司 is a headquarters that says where 迅鏈科技 is).
func hasOwnArm(names []string, parent string) bool {
	for _, n := range names {
		if len([]rune(parent)) >= 2 && len(n) > len(parent) && strings.HasPrefix(n, parent) && strings.ContainsAny(n[len(parent):], "(（") {
			return true
		}
	}
	return false
}
