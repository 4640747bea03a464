package extract

import "testing"

// English constructions of round four: several phrasings per rule, invented
// sentences, and sentences each rule must leave alone.
func TestEnglishShapes(t *testing.T) {
	known := []Known{
		{ID: "hkic", Kind: "ORGANIZATION", Names: []string{"HKIC", "Hong Kong Investment Corporation"}},
		{ID: "hkstp", Kind: "ORGANIZATION", Names: []string{"HKSTP", "Hong Kong Science and Technology Parks Corporation"}},
		{ID: "cyberport", Kind: "ORGANIZATION", Names: []string{"Cyberport"}},
	}
	cases := []struct {
		text      string
		want, not []string
	}{
		// A board seat in the present tense.
		{"Orchid Capital partner Lena Szeto, who joins Nimbus Robotics' board as part of the deal, said the firm had tracked it for years.",
			[]string{"MEMBER_OF Lena Szeto > Nimbus Robotics"}, []string{"WORKED_AT Lena Szeto > Nimbus Robotics"}},
		{"Peter Kwok joins the board of Quillon Systems next month.", []string{"MEMBER_OF Peter Kwok > Quillon Systems"}, nil},
		{"Jade Ventures founder Mary Tam takes a seat on Nimbus Robotics' board.", []string{"MEMBER_OF Mary Tam > Nimbus Robotics"}, nil},
		{"Peter Kwok joins Quillon Systems as chief financial officer.", nil, []string{"MEMBER_OF Peter Kwok > Quillon Systems"}},
		// Limited partners of the fund named before, a bracketed acronym inside the list.
		{"Redwood Capital announced the first close of the Redwood Greater Bay Fund. Limited partners in the first close include the Hong Kong Investment Corporation (HKIC), Jade Group and the Lee Family Office.",
			[]string{"FUNDS Hong Kong Investment Corporation > Redwood Greater Bay Fund", "FUNDS Jade Group > Redwood Greater Bay Fund", "FUNDS Lee Family Office > Redwood Greater Bay Fund"}, nil},
		{"Jadeline Partners has closed the Jadeline Asia Fund III. Its limited partners include HKIC and the Lee Family Office.",
			[]string{"FUNDS HKIC > Jadeline Asia Fund III", "FUNDS Lee Family Office > Jadeline Asia Fund III"}, nil},
		{"Orchid Ventures closed the Orchid Seed Fund II last week. LPs include Jade Group, Quillon Holdings and HKIC.",
			[]string{"FUNDS Jade Group > Orchid Seed Fund II", "FUNDS Quillon Holdings > Orchid Seed Fund II", "FUNDS HKIC > Orchid Seed Fund II"}, nil},
		// No fund named before: limited partners of a company are no fund's.
		{"Nimbus Robotics said limited partners include Jade Group.", nil, []string{"FUNDS Jade Group > Nimbus Robotics"}},
		// The bracket repeats the item; the list goes on after it.
		{"Nimbus Robotics raised US$10 million in a round led by the Hong Kong Science and Technology Parks Corporation (HKSTP), Jade Ventures and Orchid Capital.",
			[]string{"INVESTED_IN Orchid Capital > Nimbus Robotics", "INVESTED_IN Jade Ventures > Nimbus Robotics"}, nil},
		// A capitalised title before "of" names the person's organisation, not an entity.
		{`"We are growing fast," said Grace Lam, Managing Partner of Redwood Capital.`,
			[]string{"LEADS Grace Lam > Redwood Capital"}, nil},
		{`"Hong Kong is ready," said Peter Kwok, Chief Executive Officer of Nimbus Robotics.`,
			[]string{"LEADS Peter Kwok > Nimbus Robotics"}, nil},
		{"Mary Tam, Chief Technology Officer of Quillon Systems, said the line would open in May.",
			[]string{"LEADS Mary Tam > Quillon Systems"}, nil},
		// A common given name opens a person's name; an organisation word keeps a company.
		{"Samuel Ho studied chemistry at Peking University.", []string{"EDUCATED_AT Samuel Ho > Peking University"}, nil},
		{"Priscilla Ng Wing-sze, who previously worked at Quillon Systems, said the deal was done.",
			[]string{"WORKED_AT Priscilla Ng Wing-sze > Quillon Systems"}, nil},
		{"Grace Capital invested in Nimbus Robotics.", []string{"INVESTED_IN Grace Capital > Nimbus Robotics"}, nil},
		// A person named again by a two-letter surname.
		{"The lab will be run by Samuel Ho. Ho studied chemistry at Peking University.", []string{"EDUCATED_AT Ho > Peking University"}, nil},
		{"Jade Group hired Daniel Wu last year. Wu previously worked at Quillon Systems.", []string{"WORKED_AT Wu > Quillon Systems"}, nil},
		{"Peter Ng chairs the panel. Ng is a graduate of the Hong Kong Polytechnic University.", []string{"EDUCATED_AT Ng > Hong Kong Polytechnic University"}, nil},
		// "It"/"The company" opening a sentence is the subject of a subsidiary stated after it.
		{"Redwood Capital is a venture firm based in Hong Kong. It is a wholly owned subsidiary of Jade Holdings.",
			[]string{"SUBSIDIARY_OF Redwood Capital > Jade Holdings"}, nil},
		{"Quillon Systems makes sensors. The company is a unit of Jade Group.", []string{"SUBSIDIARY_OF Quillon Systems > Jade Group"}, nil},
		{"Nimbus Robotics opened a lab. It is owned by Orchid Holdings.", []string{"SUBSIDIARY_OF Nimbus Robotics > Orchid Holdings"}, nil},
		// A possessive with words for the title's scope between the organisation and the title.
		{"Jade Group's international CTO Daniel Wu gave the keynote.", []string{"LEADS Daniel Wu > Jade Group"}, nil},
		{"Quillon Systems' chief executive Mary Tam spoke first.", []string{"LEADS Mary Tam > Quillon Systems"}, nil},
		{"Orchid Capital's regional managing director Peter Kwok joined the panel.", []string{"LEADS Peter Kwok > Orchid Capital"}, nil},
		{"Orchid Capital's biggest rival Peter Kwok spoke first.", nil, []string{"LEADS Peter Kwok > Orchid Capital"}},
		// Bullet lines after a colon are the items of the list the cue before the colon opens.
		{"Nimbus Robotics raised US$30 million in a Series B round led by Jade Ventures.\nOther investors in the round include:\n- HKIC, the city's sovereign fund;\n- Tokyo's Orchid Capital;\n- existing backer Lee Family Office.",
			[]string{"INVESTED_IN HKIC > Nimbus Robotics", "INVESTED_IN Orchid Capital > Nimbus Robotics", "INVESTED_IN Lee Family Office > Nimbus Robotics"}, nil},
		{"Redwood Capital announced the first close of the Redwood Greater Bay Fund.\nLimited partners include:\n• Jade Group\n• Quillon Holdings",
			[]string{"FUNDS Jade Group > Redwood Greater Bay Fund", "FUNDS Quillon Holdings > Redwood Greater Bay Fund"}, nil},
		{"Nimbus Robotics closed its Series A.\nInvestors include:\n* Orchid Capital\n* Jade Ventures",
			[]string{"INVESTED_IN Orchid Capital > Nimbus Robotics", "INVESTED_IN Jade Ventures > Nimbus Robotics"}, nil},
		// A bullet line that opens with a capitalised word is no item: it says something new.
		{"Nimbus Robotics closed its Series A.\nInvestors include:\n- Orchid Capital\n- Separately, Quillon Holdings opened an office.",
			[]string{"INVESTED_IN Orchid Capital > Nimbus Robotics"}, []string{"INVESTED_IN Quillon Holdings > Nimbus Robotics"}},
		// Lines that are no bullets stay sentences of their own.
		{"Nimbus Robotics closed its Series A. Investors include:\nOrchid Capital said it would not comment.",
			nil, []string{"INVESTED_IN Orchid Capital > Nimbus Robotics"}},
		// A fund numbered one; a body's incubatee; a description between "and" and the next item.
		{"Its predecessor, Redwood Seed Fund I, has backed 12 companies, among them Cyberport incubatee Nimbus Robotics and the chip-design company Corelink.",
			[]string{"INVESTED_IN Redwood Seed Fund I > Nimbus Robotics", "INVESTED_IN Redwood Seed Fund I > Corelink", "MEMBER_OF Nimbus Robotics > Cyberport"},
			[]string{"INVESTED_IN Redwood Seed Fund I > Cyberport", "MEMBER_OF Corelink > Cyberport"}},
		{"Orchid Ventures has invested in Quillon Systems and the drone maker Skyloft.",
			[]string{"INVESTED_IN Orchid Ventures > Quillon Systems", "INVESTED_IN Orchid Ventures > Skyloft"}, nil},
		{"Jade Fund I and Jade Fund II are managed by Jade Capital.", []string{"MANAGES Jade Capital > Jade Fund I"}, nil},
		// A description that holds a verb is a clause, not a list item.
		{"Orchid Ventures has invested in Quillon Systems and said the company Skyloft would follow.",
			nil, []string{"INVESTED_IN Orchid Ventures > Skyloft"}},
		// A designation by a body; an award that went to a company; "It merged with".
		{`Quillon Systems was named a "Fintech Champion" by HKIC in June.`, []string{"RECOGNIZED_BY Quillon Systems > HKIC"}, nil},
		{"Nimbus Robotics was designated a strategic enterprise by Cyberport last year.", []string{"RECOGNIZED_BY Nimbus Robotics > Cyberport"}, nil},
		{"Mary Tam was named chief executive by the board of Quillon Systems.", nil, []string{"RECOGNIZED_BY Mary Tam > Quillon Systems"}},
		{"The Jade Innovation Award went to Nimbus Robotics.", []string{"SELECTED_FOR Nimbus Robotics > Jade Innovation Award"}, nil},
		{"The Orchid Fintech Prize was awarded to Quillon Systems on Friday.", []string{"SELECTED_FOR Quillon Systems > Orchid Fintech Prize"}, nil},
		{"The grant went to Nimbus Robotics.", nil, []string{"SELECTED_FOR Nimbus Robotics > Cyberport"}},
		{"Quillon Systems makes compliance software. It merged with data-privacy firm Skyloft Labs in May.",
			[]string{"MERGED_WITH Quillon Systems > Skyloft Labs"}, nil},
		// The exchange owns the board a company lists on.
		{"Orchid Holdings, which listed on the Singapore Exchange's Catalist board in 2024, is studying a second listing.",
			[]string{"LISTED_ON Orchid Holdings > Singapore Exchange"}, nil},
		// An aside between the subject and its verb; a unit spun off with a date before "from".
		{"Voltline, spun off in 2019 from the Shenzhen conglomerate Jade Group, listed on the Shenzhen Stock Exchange in 2021.",
			[]string{"LISTED_ON Voltline > Shenzhen Stock Exchange", "SUBSIDIARY_OF Voltline > Jade Group"},
			[]string{"LISTED_ON Jade Group > Shenzhen Stock Exchange", "SUBSIDIARY_OF Jade Group > Voltline"}},
		{"Nimbus Robotics, a member of the Orchid Robotics Association, was recognised as a top employer by HKIC.",
			[]string{"RECOGNIZED_BY Nimbus Robotics > HKIC"}, []string{"RECOGNIZED_BY Orchid Robotics Association > HKIC"}},
		// A name an apposition calls a hub or an event, after a headline, a short opener, or with its year.
		{"Jade Fintech Week\n\nOrchid Connect 2025, the two-day robotics summit co-hosted by Cyberport and HKSTP, ended on Friday.",
			[]string{"ORGANIZED Cyberport > Orchid Connect 2025", "ORGANIZED HKSTP > Orchid Connect 2025"}, nil},
		{"On day one, Fintech Oman, the Omani fintech hub, signed an MoU with Cyberport.",
			[]string{"PARTNERED_WITH Fintech Oman > Cyberport"}, nil},
		{"Last week, Robotics Norway, the Norwegian robotics association, signed an agreement with HKSTP.",
			[]string{"PARTNERED_WITH Robotics Norway > HKSTP"}, nil},
		{"The fair was jointly hosted by Cyberport and HKSTP.", nil, []string{"ORGANIZED Cyberport > HKSTP"}},
		// A holder of a share of a company's equity; a place before a conglomerate or a manufacturer.
		{"Voltline was spun off from Jade Group, which still holds 41 per cent of its shares.", []string{"INVESTED_IN Jade Group > Voltline"}, nil},
		{"Orchid Holdings owns 30 per cent of Nimbus Robotics.", []string{"INVESTED_IN Orchid Holdings > Nimbus Robotics"}, nil},
		{"Jade Group holds about 12 per cent of Quillon Systems.", []string{"INVESTED_IN Jade Group > Quillon Systems"}, nil},
		{"Nimbus Robotics holds 40 per cent of the market.", nil, []string{"INVESTED_IN Nimbus Robotics > Nimbus Robotics"}},
		{"The deal was backed by the Shenzhen conglomerate Jade Group.", []string{"LOCATED_IN Jade Group > Shenzhen"}, nil},
		{"Guangzhou battery manufacturer Voltline opened a lab.", []string{"LOCATED_IN Voltline > Guangzhou"}, nil},
		// A year written before a policy document's or an event's name is part of the name.
		{"The Jade Acceleration Scheme was announced in the 2024 Policy Address.", []string{"ANNOUNCED 2024 Policy Address > Jade Acceleration Scheme"}, nil},
		{"The Orchid Fund was announced in the 2023-24 Budget.", []string{"ANNOUNCED 2023-24 Budget > Orchid Fund"}, nil},
		// An apposition "the <place> <descriptor>" locates the name before it; a body that brought a company here.
		{"Voltline, the Shenzhen battery maker, said it would hire 50 staff.", []string{"LOCATED_IN Voltline > Shenzhen"}, nil},
		{"On Monday, Fintech Merlion, the Singapore fintech hub, signed an MoU with Cyberport.", []string{"LOCATED_IN Fintech Merlion > Singapore"}, nil},
		{"Voltline, the Shenzhen government said, would hire staff.", nil, []string{"LOCATED_IN Voltline > Shenzhen"}},
		{"Voltline is opening a lab in Hong Kong, the latest mainland company to be brought to the city by Jade Office.",
			[]string{"ATTRACTED Jade Office > Voltline"}, nil},
		{"Nimbus Robotics was brought to Hong Kong by Jade Office in 2023.", []string{"ATTRACTED Jade Office > Nimbus Robotics"}, nil},
		// A unit set up in one sentence and named in the next.
		{"Jade Group is setting up a research subsidiary in Hong Kong. The unit, Jade Materials (Hong Kong) Limited, was incorporated on Tuesday.",
			[]string{"SUBSIDIARY_OF Jade Materials (Hong Kong) Limited > Jade Group", "ESTABLISHED Jade Group > Jade Materials (Hong Kong) Limited",
				"LOCATED_IN Jade Materials (Hong Kong) Limited > Hong Kong"}, nil},
		{"Orchid Holdings will form a joint venture with a local partner. The new company, Orchid Grid Labs, will make batteries.",
			[]string{"SUBSIDIARY_OF Orchid Grid Labs > Orchid Holdings", "ESTABLISHED Orchid Holdings > Orchid Grid Labs"}, nil},
		{"Nimbus Robotics launched a logistics arm last year. The new arm, Nimbus Freight, already has 40 staff.",
			[]string{"SUBSIDIARY_OF Nimbus Freight > Nimbus Robotics"}, nil},
		// No unit set up in the sentence before: the name is no subsidiary.
		{"Jade Group reported higher revenue. The unit, Quillon Systems, was sold in May.", nil,
			[]string{"SUBSIDIARY_OF Quillon Systems > Jade Group", "ESTABLISHED Jade Group > Quillon Systems"}},
		{"Jade Group is setting up a subsidiary in Shenzhen. The company said revenue rose.", nil, []string{"ESTABLISHED Jade Group > Jade Group"}},
		// Markets named by the customers a company serves.
		{"Nimbus Robotics makes drones for Japanese and Korean customers.",
			[]string{"TARGETS_MARKET Nimbus Robotics > Japanese", "TARGETS_MARKET Nimbus Robotics > Korean"}, nil},
		{"Quillon Systems serves European clients from its Hong Kong office.", []string{"TARGETS_MARKET Quillon Systems > European"}, nil},
		{"Voltline will build cells for Southeast Asian customers.", []string{"TARGETS_MARKET Voltline > Southeast Asian"}, nil},
		{"Quillon Systems hired 20 staff for its customers.", nil, []string{"TARGETS_MARKET Quillon Systems > Quillon Systems"}},
		// A month alone is a date, not a place.
		{"Nimbus Robotics opened a lab in May.", nil, []string{"LOCATED_IN Nimbus Robotics > May"}},
	}
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: "en", Published: "2025-06-05", Known: known})
		checkSpans(t, c.text, ps)
		checkRels(t, c.text, ps, c.want, c.not)
	}
	// A title alone or a title of a body is no entity; a name with "of" stays one.
	for text, notEntity := range map[string]string{
		`"We are growing fast," said Grace Lam, Managing Partner of Redwood Capital.`: "Managing Partner of Redwood Capital",
		`"It works," said Mark Lee, Founder and Chairman of Quillon Systems.`:         "Founder and Chairman of Quillon Systems",
	} {
		for _, p := range Extract(Input{Text: text, Language: "en", Known: known}) {
			if p.Kind == KindEntity && p.Entity.Name == notEntity {
				t.Errorf("%s: entity %q", text, notEntity)
			}
		}
	}
}

// A date inside a gapped English cue dates its fact, whatever commas the cue spans.
func TestEnglishDateInCue(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Nimbus Robotics raised US$30 million in a Series B round led by Jade Ventures. Other investors in the round, which closed on Monday, include Orchid Capital.", "2025-06-02"},
		{"Quillon Systems, which was founded in 2019 by Mary Tam, makes sensors.", "2019"},
	} {
		found := false
		for _, p := range Extract(Input{Text: c.text, Language: "en", Published: "2025-06-05"}) {
			if p.Kind == KindRelationship && p.Relationship.Date == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no fact dated %s", c.text, c.want)
		}
	}
}

// A place the place list names by a short form resolves to the known place of that name.
func TestKnownPlaceByShortForm(t *testing.T) {
	known := []Known{{ID: "saudi-arabia", Kind: "PLACE", Names: []string{"Saudi Arabia", "沙特阿拉伯", "沙特"}}}
	ps := Extract(Input{Text: "Fintech Riyadh, the Saudi fintech hub, signed an agreement with Jade Group.", Language: "en", Known: known})
	checkRels(t, "Saudi", ps, []string{"LOCATED_IN Fintech Riyadh > Saudi"}, nil)
	for _, p := range ps {
		if p.Kind == KindRelationship && p.Relationship.Type == "LOCATED_IN" && p.Relationship.To.EntityID != "saudi-arabia" {
			t.Errorf("Saudi not resolved to the known place: %+v", p.Relationship.To)
		}
	}
}
