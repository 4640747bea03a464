package extract

import "testing"

// A shareholder named right after the company it holds invested in it (乙的老股東甲和丙).
func TestShareholderAppositionsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆科技专注机器人。云帆科技的老股东星河资本和蓝海创投上月已向公司提供8000万元可转债。",
			[]string{"INVESTED_IN 星河资本 > 云帆科技", "INVESTED_IN 蓝海创投 > 云帆科技"}},
		{"zh-Hant", "雲帆科技股東星河資本表示看好公司前景。", []string{"INVESTED_IN 星河資本 > 雲帆科技"}},
	}, nil)
	// A shareholders' meeting names no shareholder.
	text := "雲帆科技股東大會通過決議，委任星河資本為顧問。"
	if got := rels(Extract(Input{Text: text, Language: "zh-Hant"})); got["INVESTED_IN 星河資本 > 雲帆科技"] != nil {
		t.Errorf("%s: the meeting read as a shareholder", text)
	}
}
