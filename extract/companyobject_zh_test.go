package extract

import "testing"

// 共同創辦公司: the bare 公司 is the company the text is about; 取得 ends a name found by suffix.
func TestCompanyObjectZh(t *testing.T) {
	text := "「康研智醫」用AI幫醫生看片。康研智醫創辦人陳嘉欣笑說，公司上月完成融資。這間由城大團隊創立的初創，由晨曦資本領投。" +
		"陳嘉欣本科於香港中文大學修讀藥劑學，2022年在浸大取得中醫藥博士學位，與浸大副教授李志明共同創辦公司。"
	checkRelCases(t, []relCase{{"zh-Hant", text, []string{"LEADS 李志明 > 康研智醫", "EDUCATED_AT 陳嘉欣 > 浸大"}}}, nil)
	for k := range rels(Extract(Input{Text: text, Language: "zh-Hant"})) {
		if k == "LEADS 李志明 > 香港中文大學" || k == "LEADS 李志明 > 晨曦資本" {
			t.Errorf("%s", k)
		}
	}
	checkEntities(t, "zh-Hant", text, nil, []string{"浸大取得中醫藥"})
}
