package extract

import "testing"

// Chinese market frames: a unit's duty, a market the company ranks, a headline's 拓, an
// interview answer. Invented sentences.
func TestChineseMarketFrames(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hans", "今年5月，云帆智能在新加坡设立全资子公司云帆智能（新加坡）有限公司，负责东南亚市场的销售。",
			[]string{"TARGETS_MARKET 云帆智能（新加坡）有限公司 > 东南亚"}, []string{"TARGETS_MARKET 云帆智能 > 东南亚"}},
		{"zh-Hant", "陳志明畢業於香港大學，2018年加入騰訊，先後負責日本及韓國業務。",
			[]string{"TARGETS_MARKET 騰訊 > 日本"}, []string{"TARGETS_MARKET 香港大學 > 日本"}},
		{"zh-Hant", "海川智能總部位於香港科學園。行政總裁表示，東南亞是公司「未來兩年最重要的增長市場」。",
			[]string{"TARGETS_MARKET 海川智能 > 東南亞"}, nil},
		{"zh-Hant", "海川智能配售新股 拓東南亞市場\n\n海川智能昨日宣布配售新股。", []string{"TARGETS_MARKET 海川智能 > 東南亞"}, nil},
		{"zh-Hans", "记者专访了云帆智能创始人王立言。\n\n问：海外计划如何？\n答：日本是我们出海第一站。\n\n问：下半年重点？\n答：目标市场是越南和泰国。",
			[]string{"TARGETS_MARKET 云帆智能 > 日本", "TARGETS_MARKET 云帆智能 > 越南", "TARGETS_MARKET 云帆智能 > 泰国"}, nil},
		{"zh-Hans", "云帆智能计划组建海外销售团队，负责人将从日本市场招募。", nil, []string{"TARGETS_MARKET 云帆智能 > 日本"}},
		{"zh-Hant", "海川科技2021年成立。陳志明透露，平台目前每月處理逾十萬宗交易，並計劃明年進軍泰國及越南。",
			[]string{"TARGETS_MARKET 海川科技 > 泰國", "TARGETS_MARKET 海川科技 > 越南"}, nil},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang}), c.want, c.not)
	}
}

// A company's products, customers or business as the subject of a market sentence: the
// company's market. Invented sentences.
func TestChineseProductOwners(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hans", "云帆科技的产品已进入日本、韩国及新加坡。", []string{"TARGETS_MARKET 云帆科技 > 日本", "TARGETS_MARKET 云帆科技 > 新加坡"}, nil},
		{"zh-Hans", "去年，云帆科技的业务已覆盖泰国和越南。", []string{"TARGETS_MARKET 云帆科技 > 泰国", "TARGETS_MARKET 云帆科技 > 越南"}, nil},
		{"zh-Hant", "雲帆科技的巡檢機械人已在新加坡及澳門投入使用。", []string{"TARGETS_MARKET 雲帆科技 > 新加坡", "TARGETS_MARKET 雲帆科技 > 澳門"}, nil},
		{"zh-Hant", "雲帆科技的產品已打進日本市場。", []string{"TARGETS_MARKET 雲帆科技 > 日本"}, nil},
		{"zh-Hans", "云帆科技的创始人曾在新加坡工作。", nil, []string{"TARGETS_MARKET 云帆科技 > 新加坡"}},
		{"zh-Hant", "「灣區出口支援計劃」今日推出。計劃首階段涵蓋泰國、越南及印尼三個市場。",
			[]string{"TARGETS_MARKET 灣區出口支援計劃 > 泰國", "TARGETS_MARKET 灣區出口支援計劃 > 印尼"}, nil},
		{"zh-Hans", "云帆科技成立于2019年。新加坡是公司首个海外市场。", []string{"TARGETS_MARKET 云帆科技 > 新加坡"},
			[]string{"LOCATED_IN 首个海外市场 > 新加坡"}},
		{"zh-Hant", "雲帆醫療成立於2021年。陳志明表示，新資金將用於取得東南亞多國的醫療器械註冊。", []string{"TARGETS_MARKET 雲帆醫療 > 東南亞"}, nil},
		{"zh-Hans", "云帆科技瞄准中东，计划明年设立办事处。", []string{"TARGETS_MARKET 云帆科技 > 中东"}, nil},
		{"zh-Hant", "雲帆科技選擇以越南作為首個海外市場。", []string{"TARGETS_MARKET 雲帆科技 > 越南"}, nil},
		{"zh-Hant", "雲帆科技成立於2016年。公司產品目前已進入澳門兩間公立醫院。", []string{"TARGETS_MARKET 雲帆科技 > 澳門"}, nil},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang}), c.want, c.not)
	}
}

// A Chinese paragraph about a company other than the article's main subject: its 其 is that
// company. Invented text.
func TestChineseParagraphSubject(t *testing.T) {
	text := "運輸署昨日公布新計劃。運輸署表示，計劃為期三年。運輸署指，首階段涵蓋九龍。\n\n" +
		"雲帆科技由陳志明於2019年創立，曾參與數碼港培育計劃。其巡檢機械人已銷往新加坡及澳門的商業大廈。"
	checkRels(t, text, Extract(Input{Text: text, Language: "zh-Hant"}),
		[]string{"TARGETS_MARKET 雲帆科技 > 新加坡", "TARGETS_MARKET 雲帆科技 > 澳門"}, []string{"TARGETS_MARKET 運輸署 > 新加坡"})
}
