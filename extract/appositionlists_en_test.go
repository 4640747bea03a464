package extract

import "testing"

// English appositions inside a subject list, posts read after ", a", officials below a
// bureau's secretary, an investment firm named again without its trade word, and a name after
// a preposition that opens no sentence. Invented sentences.
func TestAppositionListsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		// "A, a subsidiary of B, and C propose to establish D": A and C establish D, B does not.
		{"Under the agreement, Brightmoor Digital Limited, a wholly-owned subsidiary of Tessaly Holdings Limited, and Quarrel Bay Capital propose to establish Norvane Cloud LLC in Doha.",
			[]string{"ESTABLISHED Brightmoor Digital Limited > Norvane Cloud LLC", "ESTABLISHED Quarrel Bay Capital > Norvane Cloud LLC"},
			[]string{"ESTABLISHED Tessaly Holdings Limited > Norvane Cloud LLC"}},
		// The alias in brackets belongs to the name the apposition describes.
		{`Brightmoor Digital Limited ("BM Digital"), a subsidiary of Tessaly Holdings Limited, and Quarrel Bay Capital agreed to set up Norvane Cloud LLC in Doha.`,
			[]string{"ESTABLISHED BM Digital > Norvane Cloud LLC", "ESTABLISHED Quarrel Bay Capital > Norvane Cloud LLC"},
			[]string{"ESTABLISHED Tessaly Holdings Limited > Norvane Cloud LLC"}},
		// An aside that ends at a bare comma inside a list closed by "and": the list goes on.
		{"Orvale Robotics makes warehouse arms. Its backers include Tanager Capital, which led its Series A in 2023, Bluewick Partners and the Coralline Growth Fund.",
			[]string{"INVESTED_IN Tanager Capital > Orvale Robotics", "INVESTED_IN Bluewick Partners > Orvale Robotics", "INVESTED_IN Coralline Growth Fund > Orvale Robotics"},
			[]string{"INVESTED_IN Tanager Capital > Bluewick Partners"}},
		// No "and" closes it: the name after the aside's comma opens the main clause.
		{"Orvale Robotics raised a round led by Tanager Capital, which backed its seed round, Bluewick Partners said on Monday.",
			[]string{"INVESTED_IN Tanager Capital > Orvale Robotics"}, []string{"INVESTED_IN Bluewick Partners > Orvale Robotics"}},
		// An aside that describes every item ("both existing investors") keeps the whole list.
		{"Orvale Robotics raised US$30 million in a round led by Sunward Holdings. Tanager Capital and Bluewick Partners, both existing investors, also participated.",
			[]string{"INVESTED_IN Sunward Holdings > Orvale Robotics", "INVESTED_IN Tanager Capital > Orvale Robotics", "INVESTED_IN Bluewick Partners > Orvale Robotics"}, nil},
		// A purpose clause with no organisation after it establishes nothing.
		{"Quarrel Bay Capital plans to set up an office in Doha next year.",
			nil, []string{"ESTABLISHED Quarrel Bay Capital > Doha"}},
		// ", a managing director of X" makes the name before it a person who leads X, though
		// the given name is not one the recogniser knows.
		{"Faisal Al Nuaimi, a managing director of Quarrel Bay Capital, will join the board.",
			[]string{"LEADS Faisal Al Nuaimi > Quarrel Bay Capital"}, nil},
		{"Radhika Sen, an engineer at Brightmoor Digital, built the first prototype.",
			[]string{"WORKED_AT Radhika Sen > Brightmoor Digital"}, nil},
		// Officials below a bureau's secretary work there; they do not lead it.
		{"Housing Bureau under secretary Winnie Cheung opened the exhibition.",
			[]string{"WORKED_AT Winnie Cheung > Housing Bureau"}, []string{"LEADS Winnie Cheung > Housing Bureau"}},
		{"Development Bureau permanent secretary Alan Ma spoke first.",
			[]string{"WORKED_AT Alan Ma > Development Bureau"}, nil},
	})
}

// An investment firm named in full and then without Capital/Ventures/Partners is one entity,
// even when the short form holds a place's name; the post "a partner at the X-based Y" is Y's.
func TestFirmShortFormsEn(t *testing.T) {
	text := "When Harbour Authority officers watched a Tidemark robot sort parcels, they saw years of work. " +
		"Ng studied at Lingnan University before founding Tidemark in 2021. " +
		"The start-up raised US$9 million in a round led by Lantau Ridge Capital. " +
		`"We expect a fast recovery," said Hazel Wong, a partner at the Singapore-based Lantau Ridge. ` +
		"In July, Tidemark signed a deal with Orbis Freight. Reports that Meridian Logistics wanted to buy the start-up were untrue. " +
		"Next year the company plans to open an office in Macau."
	ps := Extract(Input{Text: text, Language: "en", Published: "2025-06-05"})
	checkSpans(t, text, ps)
	got := rels(ps)
	investor := ""
	for _, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "INVESTED_IN" && r.From.Name == "Lantau Ridge Capital" {
			investor = r.From.EntityKey
		}
	}
	var leads, located bool
	for _, p := range ps {
		r := p.Relationship
		if r == nil || investor == "" {
			continue
		}
		leads = leads || r.Type == "LEADS" && r.From.Name == "Hazel Wong" && r.To.EntityKey == investor
		located = located || r.Type == "LOCATED_IN" && r.From.EntityKey == investor && r.To.Name == "Singapore"
	}
	if !leads || !located {
		t.Errorf("%s: want LEADS Hazel Wong > Lantau Ridge Capital and Lantau Ridge Capital in Singapore; got %v", text, keys(got))
	}
	// The firm named after "led by" and "a partner at" is no subject the article opens its
	// sentences with: "the company" is Tidemark.
	if got["LOCATED_IN Tidemark > Macau"] == nil || got["LOCATED_IN Lantau Ridge > Macau"] != nil || got["LOCATED_IN Lantau Ridge Capital > Macau"] != nil {
		t.Errorf("%s: want the company = Tidemark; got %v", text, keys(got))
	}
	// A short form that is a place names the place.
	ps = Extract(Input{Text: "Kowloon Ventures backed Tidemark. Its office is in Kowloon.", Language: "en", Published: "2025-06-05"})
	for _, p := range ps {
		if r := p.Relationship; r != nil && r.To.Name == "Kowloon" && r.To.EntityKey == "e:kowloon ventures" {
			t.Errorf("Kowloon read as Kowloon Ventures: %+v", r)
		}
	}
}
