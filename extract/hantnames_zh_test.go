package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A place and kind words before a new name describe it: they name no one, the name starts
// after a class noun (家族辦公室, 藥企), and the place says where the named one is.
func TestDescribedNamesHant(t *testing.T) {
	cases := map[string]struct {
		want map[string]kg.Kind
		not  []string
	}{
		"其中英國家族辦公室泓景家族辦公室承諾出資2億港元。": {map[string]kg.Kind{"泓景家族辦公室": kg.KindOrganization}, []string{"英國家族辦公室", "家族辦公室泓景家族辦公室"}},
		"本地創投基金「海瀾成長基金三期」完成首次關閉。":   {map[string]kg.Kind{"海瀾成長基金三期": kg.KindFund}, []string{"本地創投基金"}},
		"香港創投基金「藍田科創基金」宣布完成募資。":     {map[string]kg.Kind{"藍田科創基金": kg.KindFund}, []string{"香港創投基金"}},
		"康寧生物與瑞士藥企諾華達成授權協議。":        {map[string]kg.Kind{"諾華": kg.KindOrganization}, []string{"藥企諾華"}},
		"泓景家族辦公室是香港家族辦公室協會會員。":      {map[string]kg.Kind{"香港家族辦公室協會": kg.KindOrganization}, nil},
		"平台由醫學院教授陳志明領導。":            {nil, []string{"醫學院"}},
		"公司落戶前海深港現代服務業合作區。":         {map[string]kg.Kind{"前海深港現代服務業合作區": kg.KindPlace}, nil},
		"雙方加強合作區內交流。":               {nil, []string{"雙方加強合作區"}},
	}
	for text, c := range cases {
		checkEntities(t, "zh-Hant", text, c.want, c.not)
	}
	checkRelCases(t, []relCase{
		{"zh-Hant", "康寧生物與瑞士藥企諾華達成授權協議。", []string{"LOCATED_IN 諾華 > 瑞士"}},
		{"zh-Hant", "基金由香港創投機構海瀾資本管理。", []string{"LOCATED_IN 海瀾資本 > 香港"}},
		{"zh-Hant", "領投方藍田創投合夥人何志明表示，看好團隊。", []string{"LEADS 何志明 > 藍田創投"}},
	}, nil)
	// A count before the place makes the description a group's: no one firm is placed.
	for _, p := range Extract(Input{Text: "已有超過40家內地科技企業經該署協助在港設立業務。", Language: "zh-Hant"}) {
		if p.Relationship != nil && p.Relationship.Type == "LOCATED_IN" && p.Relationship.To.Name == "內地" {
			t.Errorf("counted group placed: %+v", p.Relationship)
		}
	}
}

// Angel investors' networks are named by their kind (投資者網絡, 投資脈絡) and their members
// stated without 的; a number a measure word follows ends a Latin name; "… Day" is an event.
func TestNetworksAndLatinCountsHant(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "由天使投資人陳志明跟投。陳志明亦是科學園投資者網絡成員。", []string{"MEMBER_OF 陳志明 > 科學園投資者網絡"}},
		{"zh-Hant", "天使投資人何美儀指前景理想。她本身是亞洲天使投資脈絡成員。", []string{"MEMBER_OF 何美儀 > 亞洲天使投資脈絡"}},
	}, nil)
	checkEntities(t, "zh-Hant", "科學園Investor Day 12間初創路演。", map[string]kg.Kind{"Investor Day": kg.KindEvent}, []string{"Investor Day 12"})
	checkEntities(t, "zh-Hant", "BlueKite 3名創辦人來自港大。", map[string]kg.Kind{"BlueKite": kg.KindOrganization}, []string{"BlueKite 3"})
}

// countBeforeMeasure reads the rune after the number as it stands, in either script, and
// never past the text's end.
func TestCountBeforeMeasure(t *testing.T) {
	for _, c := range []struct {
		text, word string
		end        int
		want       bool
	}{
		{"Day 18間", "18", 6, true},
		{"Day 18间", "18", 6, true},
		{"Fund 2期", "2", 6, false},
		{"Fund 2", "2", 6, false},
		{"Lab X間", "X", 5, false},
	} {
		if got := countBeforeMeasure([]rune(c.text), c.word, c.end); got != c.want {
			t.Errorf("countBeforeMeasure(%q, %q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
