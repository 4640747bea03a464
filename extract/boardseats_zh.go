package extract

import "github.com/hkgraph/hkgraph/kg"

// 曾任甲獨立董事, 現為乙非執行董事: a cue of working (曾任, 現為, 出任) read with the company
// after it gives WORKED_AT, but the seat the company's name is followed by is one on its board:
// a member of it (MEMBER_OF), as the title read alone says (memberTitles).

// zhBoardSeats are the board seats that follow a company's name (Simplified).
var zhBoardSeats = []string{"独立非执行董事", "非执行董事", "独立董事", "董事会成员", "董事局成员"}

// boardSeatsAreMemberships retypes a person's WORKED_AT an organisation as MEMBER_OF when,
// in the proposal's quote, a board seat follows the organisation's name.
func boardSeatsAreMemberships(d *doc, es *entitySet, ps []Proposal) {
	if d.lang == "en" {
		return
	}
	for _, p := range ps {
		r := p.Relationship
		if r == nil || r.Type != "WORKED_AT" || kindOfEnd(es, r.From) != kg.KindPerson {
			continue
		}
		k := endKey(r.To)
		for _, m := range es.mentions {
			if m.start >= p.Start && m.end <= p.End && (m.id != "" && "id:"+m.id == k || m.id == "" && m.key == k) &&
				wordAt(d.folded, m.end, zhBoardSeats) {
				r.Type = "MEMBER_OF"
				break
			}
		}
	}
}
