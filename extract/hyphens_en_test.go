package extract

import "testing"

// "the A-incubated B" reads as "B was incubated at A", before the name or in an apposition; a
// hyphen joined to another word than the name states nothing. Invented sentences.
func TestIncubatedModifierEn(t *testing.T) {
	known := []Known{{ID: "harbour-hub", Kind: "ORGANIZATION", Names: []string{"Harbour Hub"}}}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The Harbour Hub-incubated Nimbus Robotics won the award.", true},
		{"Nimbus Robotics, a Harbour Hub-incubated start-up, won the award.", true},
		{"Harbour Hub and state-incubated Nimbus Robotics won.", false},
	} {
		ps := Extract(Input{Text: c.text, Language: "en", Published: "2025-06-05", Known: known})
		checkSpans(t, c.text, ps)
		got := false
		for _, p := range ps {
			if r := p.Relationship; r != nil && r.Type == "MEMBER_OF" && r.From.Name == "Nimbus Robotics" && r.To.EntityID == "harbour-hub" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: MEMBER_OF Nimbus Robotics > Harbour Hub = %v, want %v", c.text, got, c.want)
		}
	}
}
