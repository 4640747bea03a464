package extract

import "testing"

// The speaker of a sentence set at an event attends the event named last.
func TestSpeechAttendeesZh(t *testing.T) {
	text := "「2026星灣創新大會」昨日在南沙舉行。大會由星灣促進會主辦。開幕式上，副區長陳立群發布新措施。港大教授羅頌恩作主旨演講。"
	checkRelCases(t, []relCase{{"zh-Hant", text, []string{"ATTENDED 陳立群 > 2026星灣創新大會", "ATTENDED 羅頌恩 > 2026星灣創新大會"}}}, nil)
	speech := "「2026星灣創新大會」昨日在南沙舉行。區長陳志遠在致辭中表示，南沙將引進更多港企。"
	checkRelCases(t, []relCase{{"zh-Hant", speech, []string{"ATTENDED 陳志遠 > 2026星灣創新大會"}}}, nil)
	keynote := "「2026星灣創新大會」昨日在南沙舉行。星灣科技行政總裁林志豪在主題演講中表示，公司明年將擴充團隊。"
	checkRelCases(t, []relCase{{"zh-Hant", keynote, []string{"ATTENDED 林志豪 > 2026星灣創新大會"}}}, nil)
	far := "「2026星灣創新大會」昨日舉行。星灣科技成立於2019年。公司去年完成融資。公司今年擴充團隊。公司明年上市。公司計劃進軍東南亞。港大教授羅頌恩作主旨演講。"
	if r := rels(Extract(Input{Text: far, Language: "zh-Hant"}))["ATTENDED 羅頌恩 > 2026星灣創新大會"]; r != nil {
		t.Errorf("an event named six sentences back is no longer the occasion")
	}
}

// A long quoted ranking before 榜單 is a name; the body that compiles it ORGANIZED it and the
// companies listed as entering it are SELECTED_FOR it.
func TestRankingsZh(t *testing.T) {
	text := "大會還發布了由星灣產業促進會評選的「2026大灣區生物醫藥創新企業50強」榜單，康準生物、普瑞森生物等企業入選。"
	checkRelCases(t, []relCase{{"zh-Hant", text, []string{"ORGANIZED 星灣產業促進會 > 2026大灣區生物醫藥創新企業50強",
		"SELECTED_FOR 康準生物 > 2026大灣區生物醫藥創新企業50強", "SELECTED_FOR 普瑞森生物 > 2026大灣區生物醫藥創新企業50強"}}}, nil)
}
