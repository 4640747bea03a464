package extract

import "testing"

// English clause shapes for organisation relations: several phrasings per
// rule, invented sentences.
func TestEnglishClauseShapes(t *testing.T) {
	known := []Known{
		{ID: "hkic", Kind: "ORGANIZATION", Names: []string{"HKIC", "Hong Kong Investment Corporation"}},
		{ID: "hkstp", Kind: "ORGANIZATION", Names: []string{"HKSTP", "Hong Kong Science and Technology Parks Corporation"}},
		{ID: "cyberport", Kind: "ORGANIZATION", Names: []string{"Cyberport"}},
		{ID: "hksar-government", Kind: "ORGANIZATION", Names: []string{"HKSAR Government"}},
		{ID: "sehk", Kind: "ORGANIZATION", Names: []string{"The Stock Exchange of Hong Kong Limited", "SEHK"}},
	}
	cases := []struct {
		text      string
		want, not []string
	}{
		// A date between "acquisition" and its "of".
		{"The listing follows Brightwave's acquisition last May of Kowloon-based mapping start-up Terrafold Labs for an undisclosed sum.",
			[]string{"SUBSIDIARY_OF Terrafold Labs > Brightwave"}, nil},
		{"Nexora Group completed the acquisition in 2023 of Pixelmint, a Shenzhen design studio.",
			[]string{"SUBSIDIARY_OF Pixelmint > Nexora Group"}, nil},
		{"Analysts welcomed Halcyon Holdings' buyout of Quillon Systems.", []string{"SUBSIDIARY_OF Quillon Systems > Halcyon Holdings"}, nil},
		// A relative clause after a place that locates its head describes the head.
		{"The proceeds would pay for a battery plant at the Advanced Manufacturing Centre in Tseung Kwan O, which is run by HKSTP.",
			[]string{"OPERATES HKSTP > Advanced Manufacturing Centre"}, nil},
		{"Brightwave, whose office sits in the Hong Kong Science Park, will also rent space at the Data Technology Hub in Tseung Kwan O, which is operated by HKSTP.",
			[]string{"OPERATES HKSTP > Data Technology Hub"}, []string{"OPERATES HKSTP > Hong Kong Science Park"}},
		// "The X Limited" is written "the X".
		{"Shares of Brightwave Robotics rose on their debut on the Main Board of the Stock Exchange of Hong Kong yesterday.",
			[]string{"LISTED_ON Brightwave Robotics > Stock Exchange of Hong Kong"}, nil},
		// Closing a fund is managing it; the fund's market.
		{"Redwood Capital announced the first close of its Redwood Greater Bay Fund at HK$500 million. The fund will back early-stage companies in Hong Kong and the Greater Bay Area.",
			[]string{"MANAGES Redwood Capital > Redwood Greater Bay Fund", "TARGETS_MARKET Redwood Greater Bay Fund > Greater Bay Area"},
			[]string{"ANNOUNCED Redwood Capital > Redwood Greater Bay Fund"}},
		{"Jadeline Partners announced on Tuesday the final close of its third fund, Jadeline Asia Fund III, at US$300 million.",
			[]string{"MANAGES Jadeline Partners > Jadeline Asia Fund III"}, nil},
		{"Last month Orchid Ventures closed its debut vehicle, Orchid Seed Fund II, at US$40 million. The fund invests in software start-ups across Southeast Asia.",
			[]string{"MANAGES Orchid Ventures > Orchid Seed Fund II", "TARGETS_MARKET Orchid Seed Fund II > Southeast Asia"}, nil},
		// A company backing start-ups is no fund: no market from "will back".
		{"Orchid Ventures will back start-ups in Vietnam.", nil, []string{"TARGETS_MARKET Orchid Ventures > Vietnam"}},
		// The anchor limited partner funds the fund.
		{"Redwood Capital announced the first close of the Redwood Greater Bay Fund. HKIC is the anchor limited partner with a US$50 million commitment.",
			[]string{"FUNDS HKIC > Redwood Greater Bay Fund"}, []string{"FUNDS HKIC > Redwood Capital"}},
		{"Jadeline Partners has closed the Jadeline Asia Fund III, with HKIC as the anchor limited partner.",
			[]string{"FUNDS HKIC > Jadeline Asia Fund III"}, nil},
		{"Redwood Capital announced the first close of the Redwood Greater Bay Fund. The Jockey Club Charities Trust and Lee Family Office also took part.",
			[]string{"FUNDS Jockey Club Charities Trust > Redwood Greater Bay Fund", "FUNDS Lee Family Office > Redwood Greater Bay Fund"}, nil},
		// A company's round after a fund named as its lead investor is no fund's money.
		{"Nimbus Robotics raised US$20 million in a Series B round led by the Redwood Greater Bay Fund. Jade Ventures and Orchid Capital also took part.",
			nil, []string{"FUNDS Jade Ventures > Redwood Greater Bay Fund"}},
		// A fund's sectors listed before the region it backs; the share set aside for another.
		{"Jadeline Partners has closed the Jadeline Asia Fund III. The fund will invest in robotics, new materials and biotech companies across the Greater Bay Area, with a fifth earmarked for start-ups in Vietnam.",
			[]string{"TARGETS_MARKET Jadeline Asia Fund III > Greater Bay Area", "TARGETS_MARKET Jadeline Asia Fund III > Vietnam"}, nil},
		// A place and a descriptor before one item of a list.
		{"Redwood Capital has invested in nine companies, including Cyberport-based Nimbus Robotics and the Shenzhen chipmaker Corelink Semiconductor.",
			[]string{"INVESTED_IN Redwood Capital > Nimbus Robotics", "INVESTED_IN Redwood Capital > Corelink Semiconductor"}, nil},
		// A site the money will build or pay for.
		{"Among the approved companies is Corelink Semiconductor, which will receive HK$10 million to build a wafer-testing line in the Yuen Long InnoPark.",
			[]string{"LOCATED_IN Corelink Semiconductor > Yuen Long InnoPark"}, nil},
		{"Nimbus Robotics chairman Peter Lam, a former engineer at Jade Robotics, said the proceeds would fund a new assembly base in Zhaoqing.",
			[]string{"LOCATED_IN Nimbus Robotics > Zhaoqing"}, []string{"LOCATED_IN Jade Robotics > Zhaoqing"}},
		{"Corelink, whose head office sits in Kowloon Bay, said the money would pay for a packaging plant at the Advanced Manufacturing Centre.",
			[]string{"LOCATED_IN Corelink > Advanced Manufacturing Centre"}, nil},
		// A person leading a project or a team is no investor; leading a round is.
		{"Among the recipients is a battery project at the City University of Hong Kong led by Professor Anna Lee.", nil,
			[]string{"INVESTED_IN Anna Lee > City University of Hong Kong"}},
		{"Nimbus Robotics set up a research team led by Dr Peter Lam.", nil, []string{"INVESTED_IN Peter Lam > Nimbus Robotics"}},
		{"Nimbus Robotics raised US$2 million in an angel round led by Peter Lam.", []string{"INVESTED_IN Peter Lam > Nimbus Robotics"}, nil},
		// Partners named before the cue; a purpose clause after it names no partner.
		{"Cyberport and the Qatar Digital Agency have signed a memorandum of understanding to help Hong Kong Fintech firms expand.",
			[]string{"PARTNERED_WITH Cyberport > Qatar Digital Agency"}, []string{"PARTNERED_WITH Cyberport > Hong Kong Fintech"}},
		{"HKSTP signed an agreement with the Dubai Future Foundation to support start-ups.", []string{"PARTNERED_WITH HKSTP > Dubai Future Foundation"}, nil},
		// Co-investors in a company's round fund no fund named in their list.
		{"Nimbus Robotics has closed a Series B round led by Jade Ventures. Existing investors Redwood Greater Bay Fund and Orchid Capital also took part.",
			nil, []string{"FUNDS Orchid Capital > Redwood Greater Bay Fund"}},
		// "-based" opens a noun phrase: the name after it only when the phrase ends in it.
		{"Among the first members is Quillon Systems, a Hong Kong-based payments firm backed by Jade Ventures.",
			[]string{"LOCATED_IN Quillon Systems > Hong Kong"}, []string{"LOCATED_IN Jade Ventures > Hong Kong"}},
		{"The round drew Shenzhen-based investor Orchid Capital.", []string{"LOCATED_IN Orchid Capital > Shenzhen"}, nil},
		// The perfect tense after a speaker: the subject named first.
		{"Cyberport chief executive Peter Lam on Monday said that the agency has partnered with the Qatar Digital Agency on a new sandbox.",
			[]string{"PARTNERED_WITH Cyberport > Qatar Digital Agency"}, nil},
		{"Arm Holdings said it would open an innovation centre at Hong Kong Science Park next year.",
			[]string{"LOCATED_IN Arm Holdings > Hong Kong Science Park"}, nil},
		{"Redwood Capital is based in Hong Kong. Its founder said the firm would open a Tokyo office in the second half of the year.",
			[]string{"LOCATED_IN Redwood Capital > Tokyo"}, nil},
		// A quoted "our" is the speaker's company, introduced after the quotation.
		{`"Hong Kong is our gateway to both the mainland and Southeast Asia," said Nimbus Robotics' chief executive, Peter Lam.`,
			[]string{"TARGETS_MARKET Nimbus Robotics > Southeast Asia", "TARGETS_MARKET Nimbus Robotics > the mainland"}, nil},
		{`"Singapore is our springboard into Indonesia," says Peter Lam, founder of Quillon Systems.`,
			[]string{"TARGETS_MARKET Quillon Systems > Indonesia"}, nil},
		{`"Cyberport will expand into Vietnam," said Peter Lam of Quillon Systems.`,
			nil, []string{"TARGETS_MARKET Quillon Systems > Vietnam"}},
		// More verb frames, and what they do not say.
		{"Jade Ventures poured HK$50 million into Nimbus Robotics.", []string{"INVESTED_IN Jade Ventures > Nimbus Robotics"}, nil},
		{"Jade Ventures has backed Nimbus Robotics since 2021.", []string{"INVESTED_IN Jade Ventures > Nimbus Robotics"}, nil},
		{"Nimbus Robotics has backed the plan of Jade Group.", nil, []string{"INVESTED_IN Nimbus Robotics > Jade Group"}},
		{"Jade Group snapped up Nimbus Robotics for HK$1 billion.", []string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}, nil},
		{"Jade Group has taken over Nimbus Robotics.", []string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}, nil},
		{"Jade Group snapped up a 10 per cent stake in Nimbus Robotics.", []string{"INVESTED_IN Jade Group > Nimbus Robotics"},
			[]string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}},
		{"Jade Group agreed to buy Nimbus Robotics last year.", []string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}, nil},
		{"Jade Group completed its purchase of Nimbus Robotics.", []string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}, nil},
		{"Nimbus Robotics has established a research centre in Sha Tin.", []string{"LOCATED_IN Nimbus Robotics > Sha Tin"}, nil},
		{"Nimbus Robotics began trading on the Nasdaq on Monday.", []string{"LISTED_ON Nimbus Robotics > Nasdaq"}, nil},
		{"Nimbus Robotics is targeting Japan and South Korea.", []string{"TARGETS_MARKET Nimbus Robotics > Japan", "TARGETS_MARKET Nimbus Robotics > South Korea"}, nil},
		{"Nimbus Robotics is eyeing the Middle East market.", []string{"TARGETS_MARKET Nimbus Robotics > Middle East"}, nil},
		{"Nimbus Robotics will use the proceeds to expand in Japan.", []string{"TARGETS_MARKET Nimbus Robotics > Japan"}, nil},
		// Founders, joint ventures, programmes, grants.
		{"Nimbus Robotics, which was founded by Jade Group in 2019, makes robots.", []string{"ESTABLISHED Jade Group > Nimbus Robotics"}, nil},
		{"Nimbus Robotics, set up by two former Jade Group engineers, makes robots.", nil, []string{"ESTABLISHED Jade Group > Nimbus Robotics"}},
		{"Nimbus Robotics was set up by Jade Group engineers in 2020.", nil, []string{"ESTABLISHED Jade Group > Nimbus Robotics"}},
		{"Nimbus Robotics is a joint venture between Jade Group and Orchid Capital.",
			[]string{"ESTABLISHED Jade Group > Nimbus Robotics", "ESTABLISHED Orchid Capital > Nimbus Robotics"}, nil},
		{"Jade Group and Orchid Capital formed a joint venture, Nimbus Robotics.",
			[]string{"ESTABLISHED Jade Group > Nimbus Robotics", "ESTABLISHED Orchid Capital > Nimbus Robotics"}, nil},
		{"Nimbus Robotics also took part in the Cyberport Incubation Programme.", []string{"PARTICIPATED_IN Nimbus Robotics > Cyberport Incubation Programme"}, nil},
		{"Jade Ventures is an existing shareholder of Nimbus Robotics.", []string{"INVESTED_IN Jade Ventures > Nimbus Robotics"}, nil},
		{"Jade Group owns Nimbus Robotics.", []string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}, nil},
		{"Jade Group owns 30 per cent of Nimbus Robotics.", nil, []string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}},
		{"Cyberport hosted the Asia Fintech Summit last week.", []string{"ORGANIZED Cyberport > Asia Fintech Summit"}, nil},
		{"Nimbus Robotics received a HK$5 million grant from the Innovation and Technology Fund.",
			[]string{"FUNDS Innovation and Technology Fund > Nimbus Robotics"}, []string{"INVESTED_IN Innovation and Technology Fund > Nimbus Robotics"}},
		{"Nimbus Robotics was awarded HK$5 million under the Innovation and Technology Fund.",
			[]string{"FUNDS Innovation and Technology Fund > Nimbus Robotics"}, nil},
		// "its" names the subject's parent or unit; headline verbs.
		{"Nimbus Robotics said its parent, Jade Group, would invest more.", []string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}, nil},
		{"Jade Group said its Hong Kong subsidiary, Nimbus Robotics, would hire staff.", []string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}, nil},
		{"Jade Group said its unit Nimbus Robotics would expand.", []string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}, nil},
		{"Jade Ventures, an early backer of Nimbus Robotics, joined the board.", []string{"INVESTED_IN Jade Ventures > Nimbus Robotics"}, nil},
		{"Jade Group buys Nimbus Robotics for HK$1bn", []string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}, nil},
		{"Jade Group acquires land from Orchid Capital", nil, []string{"SUBSIDIARY_OF Orchid Capital > Jade Group"}},
		{"Nimbus Robotics lists on Nasdaq", []string{"LISTED_ON Nimbus Robotics > Nasdaq"}, nil},
		{"Nimbus Robotics moves headquarters to Kwun Tong", []string{"LOCATED_IN Nimbus Robotics > Kwun Tong"}, nil},
		{"Nimbus Robotics expands into Japan", []string{"TARGETS_MARKET Nimbus Robotics > Japan"}, nil},
		// An object relative clause: the name before ", which" is the verb's object.
		{"Nimbus Robotics, which Jade Group acquired in 2022, makes robots.", []string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}, nil},
		{"The Nimbus Growth Fund, which Jade Capital manages, closed at US$100m.", []string{"MANAGES Jade Capital > Nimbus Growth Fund"}, nil},
		{"Orchid Labs, which Jade Ventures has backed since 2020, opened an office.", []string{"INVESTED_IN Jade Ventures > Orchid Labs"}, nil},
		{"Nimbus Robotics, which bought Orchid Labs in 2022, makes robots.", []string{"SUBSIDIARY_OF Orchid Labs > Nimbus Robotics"},
			[]string{"SUBSIDIARY_OF Nimbus Robotics > Orchid Labs"}},
		// Co-investors named after the round.
		{"Nimbus Robotics raised US$20 million in a round led by Jade Ventures, with Orchid Capital and Lumen Partners joining.",
			[]string{"INVESTED_IN Orchid Capital > Nimbus Robotics", "INVESTED_IN Lumen Partners > Nimbus Robotics"}, nil},
		{"Jade Ventures led the US$20 million round in Nimbus Robotics, which also drew Orchid Capital.",
			[]string{"INVESTED_IN Orchid Capital > Nimbus Robotics"}, nil},
		// Tenants; markets a company launches in, serves or expands to.
		{"Nimbus Robotics, a tenant of the Hong Kong Science Park, makes robots.", []string{"LOCATED_IN Nimbus Robotics > Hong Kong Science Park"}, nil},
		{"Nimbus Robotics operates out of Cyberport.", []string{"LOCATED_IN Nimbus Robotics > Cyberport"}, nil},
		{"Nimbus Robotics will launch its services in Malaysia next year.", []string{"TARGETS_MARKET Nimbus Robotics > Malaysia"}, nil},
		{"Nimbus Robotics already serves customers in Japan and South Korea.",
			[]string{"TARGETS_MARKET Nimbus Robotics > Japan", "TARGETS_MARKET Nimbus Robotics > South Korea"}, nil},
		{"Nimbus Robotics is expanding to Singapore.", []string{"TARGETS_MARKET Nimbus Robotics > Singapore"}, nil},
		// A name an apposition calls a government department is part of the government.
		{"Invest Hong Kong, the government department that attracts foreign direct investment, said it had helped 41 companies.",
			[]string{"SUBSIDIARY_OF Invest Hong Kong > the government department"}, nil},
		{"Create Hong Kong, a government agency, said it would help designers.", []string{"SUBSIDIARY_OF Create Hong Kong > a government agency"}, nil},
		{"Nimbus Robotics said Jade Group, a government agency in Shenzhen, would help.", nil,
			[]string{"SUBSIDIARY_OF Nimbus Robotics > a government agency"}},
		// A known backer joined by a hyphen; a parent named with 's.
		{"HKIC-backed drone maker Nimbus Robotics opened an office.", []string{"INVESTED_IN HKIC > Nimbus Robotics"}, nil},
		{"Nimbus Robotics and state-backed Orchid Capital signed a deal.", nil, []string{"INVESTED_IN Nimbus Robotics > Orchid Capital"}},
		{"Separately, Nimbus Robotics' parent Jade Group said it would hire staff.", []string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}, nil},
		{"Separately, Nimbus's parent company, Jade Group, said it would hire staff.", []string{"SUBSIDIARY_OF Nimbus > Jade Group"}, nil},
		{"Jade Group's subsidiary Nimbus Robotics opened an office.", []string{"SUBSIDIARY_OF Nimbus Robotics > Jade Group"}, nil},
		// A facility housed somewhere; "the centre" refers back to it.
		{"Cyberport runs the Quantum Computing Centre. The centre, housed on the Cyberport campus in Telegraph Bay, now offers 300 petaflops.",
			[]string{"LOCATED_IN Quantum Computing Centre > Cyberport"}, nil},
		{"The Marine Robotics Lab is housed in the Hong Kong Science Park.", []string{"LOCATED_IN Marine Robotics Lab > Hong Kong Science Park"}, nil},
	}
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: "en", Published: "2025-06-05", Known: known})
		checkSpans(t, c.text, ps)
		checkRels(t, c.text, ps, c.want, c.not)
	}
}

// checkRels reports the wanted relations ("TYPE from > to") an extraction lacks and the unwanted
// ones it has.
func checkRels(t *testing.T, text string, ps []Proposal, want, not []string) {
	t.Helper()
	got := rels(ps)
	for _, w := range want {
		if got[w] == nil {
			t.Errorf("%s: missing %s in %v", text, w, keys(got))
		}
	}
	for _, w := range not {
		if got[w] != nil {
			t.Errorf("%s: unwanted %s", text, w)
		}
	}
}
