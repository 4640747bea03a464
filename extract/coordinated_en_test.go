package extract

import "testing"

// A predicate joined by "and" shares the sentence's subject, not the name nearest before it.
func TestCoordinatedPredicateSubject(t *testing.T) {
	cases := []relCase{
		{"en", "Tidal Labs makes marine sensors. The company was founded in 2018 by Dr Amy Lo, who previously led research at Novartis, and is backed by Gobi Partners.",
			[]string{"INVESTED_IN Gobi Partners > Tidal Labs"}},
		{"en", "Tidal Labs acquired Orbix Robotics in 2022 and has since partnered with Keppel.",
			[]string{"PARTNERED_WITH Tidal Labs > Keppel"}},
		// The sentence's first name is an apposition of its subject, or owns it: no change.
		{"en", "Harbour Capital runs two funds. Its predecessor, Harbour Fund I, was raised in 2020 and has backed 12 companies, among them Tidal Labs.",
			[]string{"INVESTED_IN Harbour Fund I > Tidal Labs"}},
		{"en", "Tidal Labs's founder, Amy Lo, previously worked at Novartis and studied at Lingnan University.",
			[]string{"EDUCATED_AT Amy Lo > Lingnan University"}},
	}
	checkRelCases(t, cases, nil)
	checkRelAbsent(t, []relCase{
		{"en", "Tidal Labs makes marine sensors. The company was founded in 2018 by Dr Amy Lo, who previously led research at Novartis, and is backed by Gobi Partners.",
			[]string{"INVESTED_IN Gobi Partners > Novartis"}},
		{"en", "Tidal Labs acquired Orbix Robotics in 2022 and has since partnered with Keppel.",
			[]string{"PARTNERED_WITH Orbix Robotics > Keppel"}},
	})
}

// "It" and "the company" name no person; "The group" is the last "… Group" named.
func TestThingAndHeadNounSubjects(t *testing.T) {
	text := "Meridian Ventures has backed 12 start-ups. \"We look for builders,\" said Alan Fung, managing director of Meridian Ventures. " +
		"It also joined a HK$50 million round in Aquila Health. Pacific Crest Group, which is listed in Hong Kong, owns 60 per cent of Harbourview Logistics. " +
		"Meridian Ventures will open an office in Tokyo. The group is chaired by Victor Chan."
	checkRelCases(t, []relCase{{"en", text, []string{"LEADS Victor Chan > Pacific Crest Group", "LEADS Alan Fung > Meridian Ventures"}}}, nil)
	checkRelAbsent(t, []relCase{{"en", text, []string{"WORKED_AT Alan Fung > Aquila Health", "LEADS Victor Chan > Meridian Ventures"}}})
}

// A participle that ends an apposition describes the name the apposition follows; a "-based"
// noun phrase ends at a relative pronoun.
func TestApposedParticiples(t *testing.T) {
	cases := []relCase{
		{"en", "Meridian Ventures has backed 12 start-ups, including Aquila Health, a telemedicine platform founded by Sandra Yuen.",
			[]string{"LEADS Sandra Yuen > Aquila Health", "INVESTED_IN Meridian Ventures > Aquila Health"}},
		{"en", "Meridian Ventures has backed 12 start-ups. Its portfolio includes Novabyte, a Shenzhen-based chip designer that listed on Nasdaq last year.",
			[]string{"LOCATED_IN Novabyte > Shenzhen", "LISTED_ON Novabyte > Nasdaq"}},
	}
	checkRelCases(t, cases, nil)
	checkRelAbsent(t, []relCase{
		{"en", cases[0].text, []string{"LEADS Sandra Yuen > Meridian Ventures"}},
		{"en", cases[1].text, []string{"LOCATED_IN Nasdaq > Shenzhen"}},
	})
}

// A hyphenated modifier belongs to the name it joins, not to a coordination before it.
func TestHyphenModifierOwner(t *testing.T) {
	text := "Sterling Asia bought Tidal Labs in 2019 from founder Amy Lo and Temasek-backed Pavilion Capital."
	checkRelCases(t, []relCase{{"en", text, []string{"INVESTED_IN Temasek > Pavilion Capital"}}}, nil)
	checkRelAbsent(t, []relCase{{"en", text, []string{"INVESTED_IN Amy Lo > Pavilion Capital"}}})
	text = "Its first fund backed 15 companies, including Shenzhen-based EnerVolt Technologies and Singapore's CarbonLoop Labs."
	checkRelCases(t, []relCase{{"en", text, []string{"LOCATED_IN EnerVolt Technologies > Shenzhen"}}}, nil)
	checkRelAbsent(t, []relCase{{"en", text, []string{"LOCATED_IN CarbonLoop Labs > Shenzhen"}}})
}

// A sentence that says who stands in a relation to its opening owner is about the owner.
func TestPossessiveTopic(t *testing.T) {
	text := "Tidal Labs raised US$8 million last year. Tidal Labs's largest shareholder is Harbour Group, which holds 28 per cent. Its other investors include Gobi Partners."
	checkRelCases(t, []relCase{{"en", text, []string{"INVESTED_IN Gobi Partners > Tidal Labs"}}}, nil)
	checkRelAbsent(t, []relCase{{"en", text, []string{"INVESTED_IN Gobi Partners > Harbour Group"}}})
}

// A "who" clause describes the person before it, past an apposition's employer.
func TestWhoClauseAntecedent(t *testing.T) {
	text := "\"We are proud to back the team,\" said Daniel Cho, Managing Partner at Northgate Capital, who will join Tidal Labs' board."
	checkRelCases(t, []relCase{{"en", text, []string{"MEMBER_OF Daniel Cho > Tidal Labs"}}}, nil)
	checkRelAbsent(t, []relCase{{"en", text, []string{"MEMBER_OF Northgate Capital > Tidal Labs"}}})
}

// "and" right before the cue's verb, after an object or an aside's person.
func TestCoordinatedPredicateAfterObject(t *testing.T) {
	text := "Harbour AI, a Hong Kong start-up, raised US$12 million. The company was founded in 2021 by Mia Chan, who previously worked at Google, and is incubated at Cyberport. " +
		"The firm also signed a partnership with Lenovo and joined the Google for Startups Accelerator."
	known := []Known{{ID: "cyberport", Kind: "ORGANIZATION", Names: []string{"Cyberport"}}}
	checkRelCases(t, []relCase{{"en", text, []string{"MEMBER_OF Harbour AI > Cyberport", "PARTICIPATED_IN Harbour AI > Google for Startups Accelerator",
		"PARTNERED_WITH Harbour AI > Lenovo"}}}, known)
	got := rels(Extract(Input{Text: text, Language: "en", Known: known}))
	for _, w := range []string{"MEMBER_OF Mia Chan > Cyberport", "PARTICIPATED_IN Lenovo > Google for Startups Accelerator"} {
		if got[w] != nil {
			t.Errorf("%s: unexpected %s", text, w)
		}
	}
}
