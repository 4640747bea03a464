package extract

import "strings"

// 曾任甲獨立董事: a past seat on a company's board is a membership that ended (MEMBER_OF), not a
// past employer; the cue 曾任 reads the company as one (WORKED_AT, ENDED).

// zhBoardSeats are board seats that follow the company's name.
var zhBoardSeats = []string{"独立非执行董事", "非执行董事", "独立董事"}

// pastBoardSeats retypes a Chinese WORKED_AT (ENDED) whose organisation is followed, in the
// quote, by a board seat.
func pastBoardSeats(d *doc, ps []Proposal) {
	if d.lang == "en" {
		return
	}
	for i, p := range ps {
		r := p.Relationship
		if r == nil || r.Type != "WORKED_AT" || r.Status != "ENDED" || r.To.Name == "" {
			continue
		}
		q := textnormFold(p.Quote)
		to := textnormFold(r.To.Name)
		k := strings.Index(q, to)
		if k < 0 || wordStartingAt([]rune(q[k+len(to):]), 0, zhBoardSeats) == "" {
			continue
		}
		x := *r
		x.Type, x.Role = "MEMBER_OF", ""
		ps[i].Relationship = &x
	}
}
