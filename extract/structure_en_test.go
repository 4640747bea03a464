package extract

import "testing"

// Structural mechanisms for English relationship recall on unseen texts. Invented
// sentences; each case fails without its mechanism.
func TestEnglishStructure(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		// A cue that takes its subject from the left falls back to the referred-back company.
		{"Corvane Analytics raised US$5 million on Monday. It partnered with Cathay Pacific on a pilot.",
			[]string{"PARTNERED_WITH Corvane Analytics > Cathay Pacific"}, nil},
		{"Corvane Analytics raised US$5 million on Monday. The company is owned by Jade Holdings.",
			[]string{"SUBSIDIARY_OF Corvane Analytics > Jade Holdings"}, nil},
		{"Corvane Analytics raised US$5 million on Monday. Last year, the firm teamed up with Swire Properties.",
			[]string{"PARTNERED_WITH Corvane Analytics > Swire Properties"}, nil},
		// A name before the cue is the subject; a person's pronoun is no company.
		{"Corvane Analytics raised US$5 million on Monday. It said Orbix Labs partnered with Cathay Pacific.",
			[]string{"PARTNERED_WITH Orbix Labs > Cathay Pacific"}, []string{"PARTNERED_WITH Corvane Analytics > Cathay Pacific"}},
		{"Alice Mok founded Corvane Analytics in 2020. She partnered with Cathay Pacific.",
			nil, []string{"PARTNERED_WITH Corvane Analytics > Cathay Pacific"}},
		// A run of sentences that all refer back keeps the company named before the run.
		{"Corvane Analytics raised US$5 million on Monday. It partnered with Cathay Pacific. The company also signed an agreement with MTR Corporation. The firm is expanding. The startup hired staff. The company later acquired Breeze Metering.",
			[]string{"SUBSIDIARY_OF Breeze Metering > Corvane Analytics"}, nil},
		{"Corvane Analytics raised US$5 million on Monday. Orbix Labs hired staff. The firm is expanding. The startup hired more. The company later acquired Breeze Metering.",
			[]string{"SUBSIDIARY_OF Breeze Metering > Orbix Labs"}, []string{"SUBSIDIARY_OF Breeze Metering > Corvane Analytics"}},
		// A description standing for the company ("The Hong Kong-based company", "The 5-year-old
		// firm") refers back when a verb follows it; a name after it is its own subject.
		{"Corvane Analytics raised US$5 million on Monday. The 5-year-old firm partnered with Cathay Pacific.",
			[]string{"PARTNERED_WITH Corvane Analytics > Cathay Pacific"}, nil},
		{"Corvane Analytics raised US$5 million on Monday. The fintech start-up teamed up with Cathay Pacific.",
			[]string{"PARTNERED_WITH Corvane Analytics > Cathay Pacific"}, nil},
		{"Corvane Analytics raised US$5 million on Monday. The Hong Kong-based company later acquired Breeze Metering.",
			[]string{"LOCATED_IN Corvane Analytics > Hong Kong"}, []string{"LOCATED_IN Breeze Metering > Hong Kong"}},
		{"Corvane Analytics raised US$5 million on Monday. The Hong Kong-based company Orbix Labs partnered with Cathay Pacific.",
			[]string{"PARTNERED_WITH Orbix Labs > Cathay Pacific", "LOCATED_IN Orbix Labs > Hong Kong"}, []string{"PARTNERED_WITH Corvane Analytics > Cathay Pacific"}},
		// A cue right after "and" opens a second predicate of the same subject, not a list item.
		{"Corvane Analytics was incubated at Cyberport and is backed by Sequoia Capital.",
			[]string{"INVESTED_IN Sequoia Capital > Corvane Analytics"}, []string{"INVESTED_IN Sequoia Capital > Cyberport"}},
		{"Corvane Analytics partnered with Orbix Labs and is owned by Jade Holdings.",
			[]string{"SUBSIDIARY_OF Corvane Analytics > Jade Holdings"}, []string{"SUBSIDIARY_OF Orbix Labs > Jade Holdings"}},
		// A list before the cue is still the list.
		{"Corvane Analytics and Orbix Labs are backed by Sequoia Capital.",
			[]string{"INVESTED_IN Sequoia Capital > Corvane Analytics", "INVESTED_IN Sequoia Capital > Orbix Labs"}, nil},
		// An opening participle clause or an aside after the referring phrase holds no subject.
		{"Kestrel Health raised funds on Monday. Founded in 2019, the firm partnered with Watsons last year.",
			[]string{"PARTNERED_WITH Kestrel Health > Watsons"}, nil},
		{"Kestrel Health raised funds on Monday. Backed by Temasek, it partnered with Watsons last year.",
			[]string{"PARTNERED_WITH Kestrel Health > Watsons", "INVESTED_IN Temasek > Kestrel Health"}, []string{"PARTNERED_WITH Temasek > Watsons"}},
		{"Kestrel Health raised funds on Monday. The five-year-old company, which counts Tencent among its shareholders, partnered with Watsons.",
			[]string{"PARTNERED_WITH Kestrel Health > Watsons"}, []string{"PARTNERED_WITH Tencent > Watsons"}},
		{"Kestrel Health raised funds on Monday. The company, which Tencent backs, partnered with Watsons.",
			[]string{"PARTNERED_WITH Kestrel Health > Watsons"}, []string{"PARTNERED_WITH Tencent > Watsons"}},
		{"Kestrel Health raised funds on Monday. Founded in 2019, Orbix Labs partnered with Watsons last year.",
			[]string{"PARTNERED_WITH Orbix Labs > Watsons"}, []string{"PARTNERED_WITH Kestrel Health > Watsons"}},
		// A brand and a place make a company's name (its regional arm), not the place.
		{"Medlink Asia signed a deal with Watsons.", []string{"PARTNERED_WITH Medlink Asia > Watsons"}, nil},
		{"Corvane Analytics counts Sequoia China and Vertex Ventures among its backers.",
			[]string{"INVESTED_IN Sequoia China > Corvane Analytics"}, nil},
		{"Invest Hong Kong signed a deal with Watsons.", []string{"PARTNERED_WITH Invest Hong Kong > Watsons"}, nil},
		// A region word and a place are a place.
		{"Corvane Analytics will expand into Central Asia.", nil, []string{"TARGETS_MARKET Corvane Analytics > Central Asia"}},
	}
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: "en", Published: "2025-06-05"})
		checkSpans(t, c.text, ps)
		checkRels(t, c.text, ps, c.want, c.not)
	}
}

// A headline's short form is the company the body names in full after it: one entity, named in
// full, and the facts of the short form are its facts.
func TestHeadlineShortForm(t *testing.T) {
	cases := []struct {
		text     string
		name     string   // the entity the short form belongs to
		notNames []string // no entity of its own
		want     []string
	}{
		{"Tidewell raises US$8 million to expand in Europe\n\nTidewell Robotics, a Hong Kong maritime start-up, has raised US$8 million. Founder Marcus Leung said Tidewell will partner with Keppel.",
			"Tidewell Robotics", []string{"Tidewell"}, []string{"TARGETS_MARKET Tidewell > Europe"}},
		// Two companies share the short form's word: it stays apart.
		{"Harbourline to launch new fund\n\nHarbourline Capital and Harbourline Ventures said on Monday they would merge.",
			"", nil, nil},
		// Only the headline or lead: in the body a short form before the full name is no alias.
		{"Orbix Labs signed a deal on Monday. Later, Tidewell partnered with Keppel. Tidewell Robotics is based in Hong Kong.",
			"", []string{}, nil},
	}
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: "en"})
		names := map[string]*EntityProposal{}
		for _, p := range ps {
			if p.Entity != nil {
				names[p.Entity.Name] = p.Entity
			}
		}
		if c.name != "" {
			e := names[c.name]
			if e == nil {
				t.Errorf("%q: no entity %q", c.text, c.name)
			}
			for _, n := range c.notNames {
				if names[n] != nil {
					t.Errorf("%q: %q proposed apart from %q", c.text, n, c.name)
				}
			}
		} else if len(c.notNames) == 0 && c.notNames != nil {
			if names["Tidewell"] == nil {
				t.Errorf("%q: the body's short form before the full name was merged", c.text)
			}
		} else if names["Harbourline"] != nil && names["Harbourline"].Key != "e:harbourline" {
			t.Errorf("%q: an ambiguous short form was merged into %q", c.text, names["Harbourline"].Key)
		}
		checkRels(t, c.text, ps, c.want, nil)
	}
}

// Entity-finder boundaries: 這家深圳公司 is a demonstrative, no name; 年度 opens an award's name.
func TestChineseReferenceBoundaries(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hant", "星河機器人上月完成A輪融資。這家深圳公司與港鐵簽署合作協議。",
			[]string{"PARTNERED_WITH 星河機器人 > 港鐵"}, []string{"PARTNERED_WITH 家深圳公司 > 港鐵"}},
		{"zh-Hans", "星河机器人上月完成A轮融资。该间公司与港铁签署合作协议。",
			[]string{"PARTNERED_WITH 星河机器人 > 港铁"}, nil},
		// The place in the phrase that refers back locates the company.
		{"zh-Hant", "星河機器人上月完成A輪融資。這家深圳公司與港鐵簽署合作協議。", []string{"LOCATED_IN 星河機器人 > 深圳"}, nil},
		{"zh-Hans", "星河机器人上月完成A轮融资。该深圳市政府表示欢迎。", nil, []string{"LOCATED_IN 星河机器人 > 深圳"}},
		{"zh-Hans", "星河机器人获颁年度创新大奖。", []string{"SELECTED_FOR 星河机器人 > 年度创新大奖"}, []string{"SELECTED_FOR 星河机器人 > 度创新大奖"}},
		{"zh-Hant", "星河機器人獲頒2025年度創新大獎。", []string{"SELECTED_FOR 星河機器人 > 2025年度創新大獎"}, nil},
	}
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: c.lang, Published: "2025-06-05"})
		checkSpans(t, c.text, ps)
		checkRels(t, c.text, ps, c.want, c.not)
	}
}
