package extract

// coHostedBodiesAreRun retypes a Chinese partnership cued by co-hosting whose other end is the
// body the relative clause describes (深圳先进院与香港中文大学合办的深港脑科学创新研究院): the
// hosts run that body together, OPERATES; the thing after 的 is no partner.
func coHostedBodiesAreRun(d *doc, ps []Proposal) {
	if d.lang == "en" {
		return
	}
	for i, p := range ps {
		r := p.Relationship
		if r == nil || r.Type != "PARTNERED_WITH" || !contains(zhCoHostVerbs, textnormFold(p.Trigger)) {
			continue
		}
		end := cueAt(d, p) + len([]rune(p.Trigger))
		if at2(d.folded, end) != '的' || !hasPrefixAt(d.runes, end+1, r.To.Name) {
			continue
		}
		q := *r
		q.Type = "OPERATES"
		ps[i].Relationship = &q
	}
}
