package extract

import "testing"

// TestFirstPerson: in a text signed by its writer and organisation, "we" is the organisation
// and "I" the writer (proposed under the word, with the writer's key); in a text with no sign-off, "we" stays no one.
func TestFirstPerson(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"en", "This year we invested in Corallia Bio, a Tai Po diagnostics start-up.\n\nNora Lai\nManaging Partner, Pinewood Capital",
			[]string{"INVESTED_IN Pinewood Capital > Corallia Bio"}, nil},
		{"en", "Before starting the company, I studied chemistry at the University of Bristol.\n\nOwen Tse\nCo-founder & CEO, Lanternfish Labs",
			[]string{"EDUCATED_AT I > University of Bristol"}, nil},
		{"en", "We signed a partnership agreement with Hexagon Freight in May.\n\nIrene Poon\nFounder, Driftline Robotics",
			[]string{"PARTNERED_WITH Driftline Robotics > Hexagon Freight"}, nil},
		{"en", "\"We invested in Corallia Bio,\" the fund's partner said.", nil, []string{"INVESTED_IN We > Corallia Bio"}},
		{"zh-Hans", "各位伙伴：我们已与顺丰科技签署战略合作协议。\n\n星澜机器人 品牌部", []string{"PARTNERED_WITH 星澜机器人 > 顺丰科技"}, nil},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang}), c.want, c.not)
	}
}

// TestRoundOfCompany: "Series A of X" and "the seed round of X" name the company X.
func TestRoundOfCompany(t *testing.T) {
	for _, c := range []struct{ text, name, not string }{
		{"Fund II led the Series A of Brackenwell Materials last year.", "Brackenwell Materials", "Series A of Brackenwell Materials"},
		{"We joined the Series B of Quillon Robotics alongside others.", "Quillon Robotics", "Series B of Quillon Robotics"},
		{"HKIC took part in the Seed Round of Ember Health in June.", "Ember Health", "Seed Round of Ember Health"},
	} {
		got := proposedEntities("en", c.text)
		if _, ok := got[c.name]; !ok {
			t.Errorf("%s: %q not proposed (%v)", c.text, c.name, got)
		}
		if _, ok := got[c.not]; ok {
			t.Errorf("%s: %q proposed", c.text, c.not)
		}
	}
}

// TestCityAndDistrict: a city written right before its district (广州南沙, 东莞松山湖) locates
// things in the district; a place that describes a name after 的 stays.
func TestCityAndDistrict(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		{"“湾区青年创客节”在广州南沙举行。", []string{"LOCATED_IN 湾区青年创客节 > 南沙"}, []string{"LOCATED_IN 湾区青年创客节 > 广州"}},
		{"星澜科技总部位于东莞松山湖。", []string{"LOCATED_IN 星澜科技 > 松山湖"}, []string{"LOCATED_IN 星澜科技 > 东莞"}},
		{"云图物流的研发中心设在上海张江。云图物流成立于2020年。", nil, []string{"LOCATED_IN 云图物流 > 上海"}},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: "zh-Hans"}), c.want, c.not)
	}
}
