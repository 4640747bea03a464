package extract

import "testing"

// A wire or press-release dateline is no subject: the company after it is. Invented texts.
func TestDatelinesEn(t *testing.T) {
	wire := enCase{"SINGAPORE--(BUSINESS WIRE)--Corvina Capital today announced the first close of Corvina Growth Fund II at US$90 million.",
		[]string{"MANAGES Corvina Capital > Corvina Growth Fund II"}, []string{"MANAGES BUSINESS WIRE > Corvina Growth Fund II"}}
	reuters := enCase{"TAIPEI, May 4 (Reuters) - Pelion Robotics said on Monday it had agreed to merge with Kestrel Motion.",
		[]string{"MERGED_WITH Pelion Robotics > Kestrel Motion"}, []string{"MERGED_WITH Reuters > Kestrel Motion"}}
	checkEnCases(t, []enCase{wire, reuters})
	r := []rune("LONDON, March 3, 2026 /PRNewswire/ -- Acme Corp said it would expand.")
	if at := datelineEnd(r, span{0, len(r)}); at < 0 || string(r[at:at+5]) != " Acme" {
		t.Errorf("datelineEnd after /PRNewswire/ --: %d", at)
	}
	// A legal form's full stop ends its sentence when a sentence opener follows it.
	r = []rune("It trades in Macau through Corvina (Macau) Ltd. The merged group plans to enter Japan.")
	if got := splitDatelines(r, []span{{0, len(r)}}); len(got) != 2 {
		t.Errorf("Ltd. before The: %d sentences, want 2", len(got))
	}
	r = []rune("Corvina Holdings Ltd. Singapore branch opened.")
	if got := splitDatelines(r, []span{{0, len(r)}}); len(got) != 1 {
		t.Errorf("Ltd. before a name word: %d sentences, want 1", len(got))
	}
}

// A title-case headline yields no names its body does not repeat; "About X" names X.
// Invented text.
func TestTitleCaseHeadlineEn(t *testing.T) {
	text := "Corvina Capital Announces US$90 Million First Close of Growth Fund II, Supported by Regional Investors\n\n" +
		"Corvina Capital today announced the first close of Corvina Growth Fund II. It made a US$10 million investment in Tessel Grid.\n\n" +
		"About Corvina Capital\nCorvina Capital is an investment manager based in Singapore."
	ps := Extract(Input{Text: text, Language: "en", Published: "2026-03-03"})
	checkSpans(t, text, ps)
	for _, p := range ps {
		if e := p.Entity; e != nil && (e.Name == "Announces US" || e.Name == "Supported" || e.Name == "About Corvina Capital" || e.Name == "US") {
			t.Errorf("headline word proposed as a name: %q", e.Name)
		}
		if r := p.Relationship; r != nil && r.From.Name == "US" {
			t.Errorf("currency code as an investor: %+v", r)
		}
	}
	// A headline in sentence case keeps its names.
	checkEnCases(t, []enCase{{"Pelion raises $6M for warehouse robots\n\nPelion Robotics has raised a $6 million seed round led by Orchard Ventures.",
		[]string{"INVESTED_IN Orchard Ventures > Pelion Robotics"}, nil}})
}

// A fund numbered one keeps its numeral before a bracketed defined term. Invented text.
func TestFundOneBeforeBracketEn(t *testing.T) {
	checkEnCases(t, []enCase{{"Corvina Capital announced the first close of Corvina Climate Fund I (the \"Fund\") at US$120 million.",
		[]string{"MANAGES Corvina Capital > Corvina Climate Fund I"}, []string{"MANAGES Corvina Capital > Corvina Climate Fund"}}})
}

// Bylines with a slash or a bar, and a wire story's credit line, make the reporters WORKED_AT
// the publication. Invented texts.
func TestBylinesEn(t *testing.T) {
	story := "\n\nPelion Robotics has raised a $6 million seed round."
	credits := "TAIPEI, May 4 (Reuters) - Pelion Robotics said on Monday it had agreed to merge with Kestrel Motion.\n\n" +
		"(Reporting by Wendy Sato and Omar Haddad; Editing by Leila Grant)"
	checkEnCases(t, []enCase{{"Pelion raises $6M for warehouse robots\n\nMaya Lin / Harbour Ledger" + story, []string{"WORKED_AT Maya Lin > Harbour Ledger"}, nil},
		{"By Derek Yuen | The Standard" + story, []string{"WORKED_AT Derek Yuen > The Standard"}, nil},
		{credits, []string{"WORKED_AT Wendy Sato > Reuters", "WORKED_AT Omar Haddad > Reuters", "WORKED_AT Leila Grant > Reuters"}, nil}})
}

// An unnamed panel or ceremony as a clause's subject is not the company named before.
// Invented text.
func TestGenericSubjectEn(t *testing.T) {
	text := "Pelion Robotics won the top prize at the Harbour Robotics Awards. The judging panel was chaired by Owen Kwok, a former Lumora Bank director."
	checkEnCases(t, []enCase{{text, nil, []string{"LEADS Owen Kwok > Pelion Robotics"}}})
	s := []rune("The award ceremony was hosted by Owen Kwok.")
	d := &doc{runes: s}
	if !enGenericSubject(d, span{0, len(s)}, len("The award ceremony was ")) || enGenericSubject(d, span{0, len(s)}, 3) {
		t.Errorf("enGenericSubject")
	}
}

// "and" (and "and the") joins two fields inside one body's name. Invented text.
func TestFieldsJoinedInNameEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Corvina Capital is a member of the Lantau Venture Capital and Private Equity Association.",
			[]string{"MEMBER_OF Corvina Capital > Lantau Venture Capital and Private Equity Association"}, nil},
		{"Owen Kwok, who heads the Harbour Financial Services and the Treasury Bureau, spoke at the Lumora Summit.",
			[]string{"LEADS Owen Kwok > Harbour Financial Services and the Treasury Bureau"}, nil}})
}

// An angel investor named with a descriptor closes a list of firms that back a round; a
// person whose relative clause says where they studied did not work there; a school's name
// holds "School of"; common given names make persons. Invented texts.
func TestInvestorListsAndSchoolsEn(t *testing.T) {
	round := "Pelion Robotics has raised a $4 million seed round led by Orchard Ventures, with participation from Kite Capital, Lumen Labs and angel investor Grace Ip."
	phd := "Pelion Robotics was founded by Owen Kwok, a former Lumora Bank analyst who did his PhD at Harbour University."
	school := "Chloe Tam studied finance at the Kowloon School of Business and worked at Lumora Bank."
	checkEnCases(t, []enCase{{round, []string{"INVESTED_IN Lumen Labs > Pelion Robotics", "INVESTED_IN Grace Ip > Pelion Robotics"}, nil},
		{phd, []string{"EDUCATED_AT Owen Kwok > Harbour University"}, []string{"WORKED_AT Owen Kwok > Harbour University"}},
		{school, []string{"EDUCATED_AT Chloe Tam > Kowloon School of Business", "WORKED_AT Chloe Tam > Lumora Bank"}, nil}})
}

// A company launches or operates in a market; "The startup" after a sentence a person opens is
// the company that person's verb names. Invented texts.
func TestMarketsAndStartupRefsEn(t *testing.T) {
	launch := "Pelion Robotics plans to launch in Japan next year. Pelion Robotics, which reported revenue of HK$8 million, operates in Macau through its unit."
	year := "Pelion Robotics launched in 2023 and now employs 40 people."
	startup := "Grace Ip co-founded Lumora Pay in 2021 after a decade at Kite Bank. The startup is backed by Orchard Ventures."
	checkEnCases(t, []enCase{{launch, []string{"TARGETS_MARKET Pelion Robotics > Japan", "TARGETS_MARKET Pelion Robotics > Macau"}, nil},
		{year, nil, []string{"TARGETS_MARKET Pelion Robotics > 2023"}},
		{startup, []string{"INVESTED_IN Orchard Ventures > Lumora Pay"}, []string{"INVESTED_IN Orchard Ventures > Grace Ip", "INVESTED_IN Orchard Ventures > Kite Bank"}}})
}

// Titles chained right after a company's name, an age before a title and a description
// before the company all leave the founder leading it. Invented texts.
func TestFounderPhrasesEn(t *testing.T) {
	chain := "Lumora Pay won the prize. Lumora Pay co-founder and chief executive Grace Ip said the win would help."
	age := "Chloe Tam, the 31-year-old founder of Kowloon-based payroll-software firm Pelion Robotics, spoke at the dinner."
	checkEnCases(t, []enCase{{chain, []string{"LEADS Grace Ip > Lumora Pay"}, nil},
		{age, []string{"LEADS Chloe Tam > Pelion Robotics"}, nil}})
}

// The company a merger creates, once named, is "the merged group" and "the combined company"
// afterwards. Invented text.
func TestMergedCompanyRefsEn(t *testing.T) {
	text := "Orbis Pay said it would merge with Kite Remit. The combined company will be called Orbis Kite Group and keep the listing. " +
		"Kite Remit chief executive Grace Ip will become chief executive of the merged group. The merged group plans to enter Malaysia next year, Ip said."
	checkEnCases(t, []enCase{{text, []string{"LEADS Grace Ip > Orbis Kite Group", "TARGETS_MARKET Orbis Kite Group > Malaysia"},
		[]string{"TARGETS_MARKET Kite Remit > Malaysia"}}})
}

// A company "set up by" or "established by" another, in an apposition too, was established by
// it; a city missing before "-based" is a place. Invented texts.
func TestEstablishedByAndCitiesEn(t *testing.T) {
	appos := "Pelion signed a deal with Kite Labs, the research platform established by Orbis Capital, under which the two will co-invest."
	city := "The fund backed Tessel Grid, a Manila-based grid developer."
	checkEnCases(t, []enCase{{appos, []string{"ESTABLISHED Orbis Capital > Kite Labs"}, nil},
		{"Kite Labs was set up in 2022 by Orbis Capital.", []string{"ESTABLISHED Orbis Capital > Kite Labs"}, nil},
		{city, []string{"LOCATED_IN Tessel Grid > Manila"}, nil}})
}

// The place just before ", where it opened an office" holds the subject's office. Invented text.
func TestWhereItOpenedAnOfficeEn(t *testing.T) {
	text := "Pelion Robotics says its app is used mostly in Macau and Singapore, where it opened an office in October."
	checkEnCases(t, []enCase{{text, []string{"LOCATED_IN Pelion Robotics > Singapore"}, []string{"LOCATED_IN Pelion Robotics > Macau"}}})
}
