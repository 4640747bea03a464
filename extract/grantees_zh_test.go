package extract

import "testing"

// 分別 pairs two lists in order; one subject against a list after 分別 is no fact; a scheme's
// approved companies listed after 獲批企業為 are funded by it.
func TestRespectivelyAndGranteesZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "明澈生物及港晶半導體分別進駐元朗創新園及將軍澳工業邨。", []string{"LOCATED_IN 明澈生物 > 元朗創新園", "LOCATED_IN 港晶半導體 > 將軍澳工業邨"}},
		{"zh-Hant", "「智造升級計劃」首批結果公布。首批獲批企業為星河生物、港晶半導體及雲翔食品科技。", []string{"FUNDS 智造升級計劃 > 星河生物", "FUNDS 智造升級計劃 > 雲翔食品科技"}},
	}, nil)
	for _, text := range []string{"明澈生物及港晶半導體分別進駐元朗創新園及將軍澳工業邨。", "獲批企業為明澈生物及港晶半導體，生產線分別設於元朗創新園及將軍澳工業邨。"} {
		got := rels(Extract(Input{Text: text, Language: "zh-Hant"}))
		for _, k := range []string{"LOCATED_IN 明澈生物 > 將軍澳工業邨", "LOCATED_IN 港晶半導體 > 元朗創新園"} {
			if got[k] != nil {
				t.Errorf("%s: %s", text, k)
			}
		}
	}
}
