package extract

import "testing"

// An edition's name with its year and an apposition that calls it a summit is an event, year
// included; a company's premises are never an event's. Invented sentences.
func TestEditionNamesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"More than 4,000 delegates came for the opening of HarbourBio Asia 2026, a two-day summit organised by the Kowloon Biotech Organisation and co-organised by Invest Hong Kong.",
			[]string{"ORGANIZED Kowloon Biotech Organisation > HarbourBio Asia 2026", "ORGANIZED Invest Hong Kong > HarbourBio Asia 2026"}, nil},
		{"Nimbus Robotics exhibited at Kowloon Robotics Forum 2026, which the Kowloon Robotics Association organised.",
			[]string{"ORGANIZED Kowloon Robotics Association > Kowloon Robotics Forum 2026"}, nil},
		// "Demo Day" ends an event's name.
		{"Orbix Labs will host the Orbix Launchpad Demo Day at Hong Kong Science Park on June 10.",
			[]string{"ORGANIZED Orbix Labs > Orbix Launchpad Demo Day", "LOCATED_IN Orbix Launchpad Demo Day > Hong Kong Science Park"}, nil},
		// A year after a company's name with no event apposition names no event.
		{"Orbix Labs 2026, the company's plan for growth, was approved.", nil, []string{"ORGANIZED Orbix Labs 2026"}},
		{"Tens of investors came to HarbourBio Asia 2026, a two-day summit. At the summit, Orbix Labs said it would set up its headquarters in Hong Kong.",
			[]string{"LOCATED_IN Orbix Labs > Hong Kong"}, []string{"LOCATED_IN HarbourBio Asia 2026 > Hong Kong"}},
	})
	ps := Extract(Input{Text: "Delegates packed the hall for HarbourBio Asia 2026, a two-day summit in Wan Chai.", Language: "en"})
	found := false
	for _, p := range ps {
		if p.Kind == KindEntity && p.Entity.Name == "HarbourBio Asia 2026" && p.Entity.Kind == "EVENT" {
			found = true
		}
	}
	if !found {
		t.Errorf("HarbourBio Asia 2026 is no event entity")
	}
}
