package extract

import "testing"

// TestOutletOfSoleByline: a byline naming the reporter alone leaves the publication to the
// story, which names it where someone speaks to it; the reporter worked there.
func TestOutletOfSoleByline(t *testing.T) {
	checkRelCases(t, []relCase{
		{"en", "Harbour robotics maker closes plant\n\nBy Wong Siu-ming\n\nBayline Robotics will close its Kwun Tong plant, chief executive Amy Lau told Harbour Daily on Monday.",
			[]string{"WORKED_AT Wong Siu-ming > Harbour Daily"}},
		{"en", "Fund backs chip start-ups\n\nBy Chen Yuting\n\nA Shenzhen fund of funds has committed 500 million yuan to two Hong Kong managers, Asia Deal Wire has learned.",
			[]string{"WORKED_AT Chen Yuting > Asia Deal Wire"}},
		{"zh-Hant", "本地初創完成融資\n\n智匯醫療宣布完成A輪融資。創辦人陳大文對《港聞日報》表示，新資金將用於拓展東南亞市場。\n\n（記者 李嘉欣）",
			[]string{"WORKED_AT 李嘉欣 > 港聞日報"}},
		{"zh-Hans", "云帆物流完成融资\n\n记者 王小明\n\n云帆物流创始人张伟接受《南方科创报》采访时表示，公司今年将进军中东。",
			[]string{"WORKED_AT 王小明 > 南方科创报"}},
		{"zh-Hant", "智匯醫療暫停上市計劃\n\n智匯醫療發言人回應《港聞日報》查詢時證實，公司已暫停上市計劃。\n\n（記者 李嘉欣）",
			[]string{"WORKED_AT 李嘉欣 > 港聞日報"}},
		{"en", "Chipmaker delays listing\n\nBy Chen Yuting\n\nA Bayline Robotics spokesman confirmed to Harbour Daily that the listing was delayed.",
			[]string{"WORKED_AT Chen Yuting > Harbour Daily"}},
		{"en", "Chipmaker delays listing\n\nBy Chen Yuting\n\nHONG KONG, Aug 27 (Reuters) - Bayline Robotics said on Tuesday it would delay its listing.",
			[]string{"WORKED_AT Chen Yuting > Reuters"}},
		{"en", "Chipmaker delays listing\n\nBy Chen Yuting and Mark Lam\n\nA Bayline Robotics spokesman told Harbour Daily that the listing was delayed.",
			[]string{"WORKED_AT Chen Yuting > Harbour Daily", "WORKED_AT Mark Lam > Harbour Daily"}},
		{"zh-Hant", "智匯醫療暫停上市計劃\n\n智匯醫療創辦人陳大文對《港聞日報》表示，公司已暫停上市計劃。\n\n（記者 李嘉欣、黃志強）",
			[]string{"WORKED_AT 李嘉欣 > 港聞日報", "WORKED_AT 黃志強 > 港聞日報"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// Two publications told: which one the reporter writes for is not said.
		{"en", "Chipmaker expands\n\nBy Chen Yuting\n\nThe chief executive told Harbour Daily the plant would open in May. A spokesman later told Asia Deal Wire it would be June.",
			[]string{"WORKED_AT Chen Yuting > Harbour Daily", "WORKED_AT Chen Yuting > Asia Deal Wire"}},
		// A company tells the exchange in a filing: no publication.
		{"en", "Chipmaker results\n\nBy Chen Yuting\n\nBayline Robotics told the Hong Kong Stock Exchange that profit fell.",
			[]string{"WORKED_AT Chen Yuting > Hong Kong Stock Exchange"}},
	})
}
