package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A designation a company is given (被科技部认定为国家级专精特新“小巨人”企业, 获评高新技术企业,
// 获颁「创新科技企业」认证) is a POLICY, as the schema says ("a policy document or initiative: …
// a designation") and as English designations are (designations_en.go): the company is
// SELECTED_FOR it (cues 认定为, 认证为, 评定为 …) and RECOGNIZED_BY the body that designates
// (被乙认定为). The phrase runs from the verb to the designation noun that ends it; writers
// name the same designation with or without its level (国家级) and its quotes, so those forms
// are its aliases.

// zhDesignationVerbs stand right before a designation.
var zhDesignationVerbs = []string{"认定为", "认证为", "评定为", "获评为", "获评", "评为", "列为", "确认为", "颁发", "授予"}

// zhDesignationEnds end a designation's phrase (高新技术企业, “独角兽”称号, 「…」认证).
var zhDesignationEnds = []string{"中小企业", "企业", "称号", "资格", "认证", "单位"}

// zhDesignationLevels open a designation and may be left out when it is named again.
var zhDesignationLevels = []string{"国家级", "省级", "市级", "区级"}

// designationNamesZh proposes each designation phrase after a designation verb as a POLICY.
func designationNamesZh(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	var out []mention
	f := d.folded
	for i := 0; i < len(f); i++ {
		v := wordStartingAt(f, i, zhDesignationVerbs)
		if v == "" {
			continue
		}
		s := i + len([]rune(v))
		if e, ok := designationEnd(f, s); ok {
			if strings.ContainsRune("“「『", f[s]) && strings.IndexAny(string(f[s+1:e-1]), "”」』") < 0 {
				s, e = s+1, e-1 // “高新技术企业” wholly quoted: the name is inside the quotes
			}
			name := string(d.runes[s:e])
			out = append(out, mention{start: s, end: e, name: name, key: d.key(name), kind: kg.KindPolicy})
			i = e - 1
		}
	}
	return out
}

// designationEnd finds where the designation starting at s ends: at a designation noun
// followed by the end of the clause (or 的, 之), within 24 runes and before any break. A phrase
// of fewer than two runes before its noun (企业 alone) is none.
func designationEnd(f []rune, s int) (int, bool) {
	inQuote := false
	for j := s; j < len(f) && j < s+24; j++ {
		switch c := f[j]; {
		case c == '“' || c == '「' || c == '『':
			inQuote = true
			continue
		case c == '”' || c == '」' || c == '』':
			inQuote = false
			// The whole designation quoted (认定为“专精特新中小企业”): it ends with the quote.
			if j+1 >= len(f) || designationStop(f[j+1]) {
				if endsWithAny(f, j, zhDesignationEnds) && j-s > 3 {
					return j + 1, true
				}
			}
			continue
		case inQuote:
			continue
		case isClauseBreak(c) || strings.ContainsRune("。；！？、（(;!?.", c):
			return 0, false
		}
		w := wordStartingAt(f, j, zhDesignationEnds)
		if w == "" {
			continue
		}
		e := j + len([]rune(w))
		if w == "企业" && hasPrefixAt(f, j-2, "中小") {
			continue // 中小企业 was tried at j-2
		}
		if e < len(f) && !designationStop(f[e]) {
			continue // 高新技术企业认定 goes on to 认定; 企业名单 is a list one joins
		}
		if j-s < 2 {
			return 0, false
		}
		return e, true
	}
	return 0, false
}

// designationStop reports whether c may follow a designation's last rune (the clause ends, or
// 的, 之, a list goes on).
func designationStop(c rune) bool {
	return isClauseBreak(c) || strings.ContainsRune("。；！？、的之等及和与，;!?.\n", c)
}

// designationAliases gives each designation the forms writers use for it again: without its
// level (国家级), without its quotes, and its quoted head alone when the quote opens it
// (“专精特新”中小企业 → 专精特新).
func designationAliases(d *doc, es *entitySet) {
	if d.lang == "en" {
		return
	}
	for _, m := range es.mentions {
		c := es.candidates[m.key]
		if m.id != "" || c == nil || c.kind != kg.KindPolicy || !nameEndsWithAny(m.name, zhDesignationEnds) {
			continue
		}
		for _, a := range designationForms(m.name) {
			c.addAlias(a)
		}
	}
}

func nameEndsWithAny(s string, ends []string) bool {
	f := []rune(textnormFold(s))
	return endsWithAny(f, len(f), ends)
}

// designationForms lists the other forms of a designation's name.
func designationForms(name string) []string {
	var out []string
	add := func(s string) {
		if s != "" && s != name && len([]rune(s)) >= 2 && !contains(out, s) {
			out = append(out, s)
		}
	}
	bare := name
	for _, l := range append(zhDesignationLevels, "國家級", "省級", "市級", "區級") {
		bare = strings.TrimPrefix(bare, l)
	}
	add(bare)
	unquote := strings.NewReplacer("“", "", "”", "", "「", "", "」", "", "『", "", "』", "")
	add(unquote.Replace(name))
	add(unquote.Replace(bare))
	// The quoted head (深圳市“专精特新”中小企业 → 专精特新, 「小巨人」企业 → 小巨人) when only a
	// designation noun follows the quote.
	for _, q := range [][2]string{{"“", "”"}, {"「", "」"}, {"『", "』"}} {
		a, b := strings.Index(name, q[0]), strings.LastIndex(name, q[1])
		if a < 0 || b <= a {
			continue
		}
		if tail := name[b+len(q[1]):]; tail == "" || nameEndsWithAny(tail, zhDesignationEnds) && len([]rune(textnormFold(tail))) <= 4 {
			add(name[a+len(q[0]) : b])
		}
	}
	return out
}

// designationFacts proposes SELECTED_FOR from the company designated to each designation a
// designation verb introduces: the company the same sentence's RECOGNIZED_BY starts from
// (甲被乙认定为…), else the sentence's first organisation that is not the designating body
// (after 被, 经, 由, 获).
func designationFacts(d *doc, es *entitySet, rels []Proposal) []Proposal {
	if d.lang == "en" {
		return nil
	}
	var out []Proposal
	var seen map[string]bool // type|from|to of rels, built on the first designation: one pass, not one per designation
	for si, s := range d.sents {
		for _, m := range es.sentenceMentions(s) {
			if m.kind != kg.KindPolicy || m.key == "" {
				continue
			}
			at := m.start // where the verb ends: before an opening quote that the name leaves out
			if at > 0 && strings.ContainsRune("“「『", d.folded[at-1]) {
				at--
			}
			v := ""
			for _, w := range zhDesignationVerbs {
				if hasSuffixAt(d.folded, at, w) {
					v = w
				}
			}
			if v == "" {
				continue
			}
			vs := at - len([]rune(v))
			from, ok := designatedCompany(d, es, s, vs, rels)
			if !ok {
				continue
			}
			sp := citeSpan(d, si, false, s.start, m.end)
			if seen == nil {
				seen = map[string]bool{}
				for _, p := range rels {
					if p.Kind == KindRelationship {
						seen[relKey(p.Relationship.Type, p.Relationship.From, p.Relationship.To)] = true
					}
				}
			}
			fact := func(typ kg.RelType, to End, ts int) {
				if k := relKey(typ, from, to); !seen[k] {
					seen[k] = true
					out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp),
						Trigger: string(d.runes[ts:at]), Confidence: 0.55,
						Relationship: &RelationshipProposal{Type: typ, From: from, To: to}})
				}
			}
			fact("SELECTED_FOR", m.end_(), vs)
			// 获乙颁发「…」认证: the body right before the verb, after 获/被/经/由, recognised the
			// company (the designation's name took the 认证 the RECOGNIZED_BY cue would end at).
			if b, ok := designatingBody(d, es, s, vs); ok && endKey(b.end_()) != endKey(from) {
				fact("RECOGNIZED_BY", b.end_(), b.start-1)
			}
		}
	}
	return out
}

// designatedCompany finds who a designation verb at vs designates in sentence s.
func designatedCompany(d *doc, es *entitySet, s span, vs int, rels []Proposal) (End, bool) {
	for _, p := range rels {
		if p.Kind == KindRelationship && p.Relationship.Type == "RECOGNIZED_BY" && p.Start <= vs && vs <= p.End && p.Start >= s.start-300 {
			return p.Relationship.From, true
		}
	}
	for _, m := range es.sentenceMentions(s) {
		if m.start >= vs {
			break
		}
		if m.kind != kg.KindOrganization || m.start > 0 && strings.ContainsRune("被经由获", d.folded[m.start-1]) {
			continue
		}
		return m.end_(), true
	}
	return End{}, false
}

// designatingBody returns the organisation that ends right at vs after 获, 被, 经 or 由.
func designatingBody(d *doc, es *entitySet, s span, vs int) (mention, bool) {
	for _, m := range es.sentenceMentions(s) {
		if m.end == vs && m.kind == kg.KindOrganization && m.start > 0 && strings.ContainsRune("获被经由", d.folded[m.start-1]) {
			return m, true
		}
	}
	return mention{}, false
}
