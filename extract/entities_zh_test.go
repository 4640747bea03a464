package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Every entry of cues/orgs.tsv is found in a plain sentence.
func TestEveryListedOrganisationFires(t *testing.T) {
	for line := range cueLines(orgsTSV) {
		name := strings.Split(line, "\t")[0]
		text := "记者获悉，" + name + "今日宣布新计划。"
		if got := findListedOrgs(newDoc(Input{Text: text, Language: "zh-Hans"})); len(got) != 1 || got[0].name != name {
			t.Errorf("%s: found %v", name, got)
		}
	}
}

// A name opening a clause before a verb of speech is a person's; sides, bodies and words
// before the verb are not.
func TestSpeakersWithoutTitles(t *testing.T) {
	cases := []struct {
		lang, text string
		person     string // "" when no person may be proposed
	}{
		{"zh-Hant", "陳樂賢表示，公司明年將在大灣區擴充。", "陳樂賢"},
		{"zh-Hant", "黃偉倫稱，今年營收有望倍增。", "黃偉倫"},
		{"zh-Hans", "张一鸣指出，人工智能将改变行业。", "张一鸣"},
		{"zh-Hant", "陳樂賢亦表示，公司明年將擴充。", "陳樂賢"},
		{"zh-Hans", "另外，李明昨日称，公司暂无上市计划。", "李明"},
		{"zh-Hant", "據陳樂賢介紹，公司明年將擴充。", "陳樂賢"},
		{"zh-Hant", "「我們希望擴展至東南亞。」陳樂賢說。", "陳樂賢"},
		{"zh-Hans", "王志强于2020年创办了星河数据。", "王志强"},
		{"zh-Hant", "富信通於2019年創立，總部設於數碼港。", ""},
		{"zh-Hans", "富信通于2019年成立星河数据。", ""},
		{"zh-Hant", "陳樂賢指，公司明年將擴充。", "陳樂賢"},
		{"zh-Hant", "陳樂賢接受本報訪問時表示，公司正洽談融資。", "陳樂賢"},
		{"zh-Hans", "陈乐贤向记者透露，公司正洽谈融资。", "陈乐贤"},
		{"zh-Hans", "于是在会上表示同意。", ""},
		{"zh-Hant", "創辦人Ken Lee表示，公司明年將擴充。", "Ken Lee"},
		{"zh-Hant", "行政總裁Alice Wong Ka-yan表示滿意。", "Alice Wong Ka-yan"},
		{"zh-Hant", "Sequoia Capital表示，看好市場。", ""},
		{"zh-Hant", "主持人：歡迎收聽。\n陳樂賢：我們希望擴展至東南亞。", "陳樂賢"},
		{"zh-Hans", "来源：新华社。\n简介：公司成立于2019年。", ""},
		{"zh-Hant", "現年35歲的陳樂賢早於2015年已開始研究醫療影像。", "陳樂賢"},
		{"zh-Hant", "陳樂賢（右）與何家豪（左）在發布會上合照。", "何家豪"},
		{"zh-Hant", "數碼港（右）與科學園（左）合辦活動。", ""},
		{"zh-Hans", "公司表示，将继续投资。", ""},
		{"zh-Hant", "但雙方表示，將繼續合作。", ""},
		{"zh-Hans", "应该说，这是好事。", ""},
		{"zh-Hant", "周大福表示，將擴充。", ""},
	}
	for _, c := range cases {
		var persons []string
		for _, p := range Extract(Input{Text: c.text, Language: c.lang, Published: "2025-05-20"}) {
			if p.Kind == KindEntity && p.Entity.Kind == kg.KindPerson {
				persons = append(persons, p.Entity.Name)
			}
		}
		if c.person == "" && len(persons) > 0 || c.person != "" && !slices.Contains(persons, c.person) {
			t.Errorf("%s: persons %v, want %q", c.text, persons, c.person)
		}
	}
}

// The names of a people's list are people: 林嘉欣 and 吳子聰 share the title before 黃志明.
func TestPeopleLists(t *testing.T) {
	ps := Extract(Input{Language: "zh-Hant", Published: "2025-05-20", Text: "聯合創辦人黃志明、林嘉欣和吳子聰均為港大畢業生。"})
	for _, p := range ps {
		if p.Kind == KindEntity && (p.Entity.Name == "林嘉欣" || p.Entity.Name == "吳子聰") && p.Entity.Kind != kg.KindPerson {
			t.Errorf("%s proposed as %s", p.Entity.Name, p.Entity.Kind)
		}
	}
}
