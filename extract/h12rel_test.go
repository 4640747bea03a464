package extract

import "testing"

// Round h12rel: general mechanisms for relationship recall on unseen styles (announcements,
// prospectuses, transcripts). Invented sentences; each case fails without its mechanism.
func TestH12Rel(t *testing.T) {
	cases := []struct {
		lang      string
		text      string
		want, not []string
	}{
		// Defined terms of an announcement: (the "Company") names the company wherever it stands.
		{"en", `The board of Voltanix Holdings Limited (the "Company") announces that Alpha Grid Limited, a wholly-owned subsidiary of the Company, has opened a plant.`,
			[]string{"SUBSIDIARY_OF Alpha Grid Limited > the Company"}, nil},
		{"en", `Orchid Ventures Limited (the “Group”) said Nimbus Robotics is a subsidiary of the Group.`,
			[]string{"SUBSIDIARY_OF Nimbus Robotics > the Group"}, nil},
		// A bracket that is no defined term gives no alias.
		{"en", `Orchid Ventures Limited (the leading fund in the region) said Nimbus Robotics is a subsidiary of the Group.`,
			nil, []string{"SUBSIDIARY_OF Nimbus Robotics > the Group"}},
		// Other forms of a cue's opening verb.
		{"en", "Kelpie Robotics exhibits at the Hong Kong Electronics Fair every year.",
			[]string{"ATTENDED Kelpie Robotics > Hong Kong Electronics Fair"}, nil},
		{"en", "Orbit Labs is attending the Asian Financial Forum in January.",
			[]string{"ATTENDED Orbit Labs > Asian Financial Forum"}, nil},
		{"en", "Nova Robotics entered the Japanese market last year.",
			[]string{"TARGETS_MARKET Nova Robotics > Japanese"}, nil},
		// An event by its name: an event noun ends it, or a year after a name with no company word.
		{"en", "Nova Robotics exhibited at InnoEX 2025 last week.", []string{"ATTENDED Nova Robotics > InnoEX 2025"}, nil},
		{"en", "Sarah Chan spoke at the Global Fintech Congress.", []string{"ATTENDED Sarah Chan > Global Fintech Congress"}, nil},
		{"en", "Sarah Chan spoke at Harbour Capital 2024.", nil, []string{"ATTENDED Sarah Chan > Harbour Capital 2024"}},
	}
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: c.lang, Published: "2025-06-05"})
		checkSpans(t, c.text, ps)
		checkRels(t, c.text, ps, c.want, c.not)
	}
}

func TestH12RelInflections(t *testing.T) {
	has := map[string]bool{}
	for _, c := range relCues {
		has[c.lang+" "+string(c.typ)+" "+c.cue] = true
		if c.cue == "expanded into" && c.typ == "TARGETS_MARKET" && c.flags["planned"] {
			t.Errorf("a past form is no plan: %q", c.cue)
		}
	}
	for _, want := range []string{"en ATTENDED exhibits at", "en ATTENDED exhibiting at", "en ATTENDED attending", "en TARGETS_MARKET entering the", "en ATTENDED speaks at"} {
		if !has[want] {
			t.Errorf("no cue %q", want)
		}
	}
	if has["en INVESTED_IN invests * in"] {
		t.Errorf("gapped cues are not inflected")
	}
}
