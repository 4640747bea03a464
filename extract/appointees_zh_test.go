package extract

import "testing"

// People named in Hong Kong appointment news: an honorific between the appointee and 為, a
// bare 加入 with the post taken up after it, a time word before 加入, a firm's 投資人, and an
// angel investor with its title on a bullet line; one of the founders (之一的); a joiner whose past
// post follows in the sentence.
func TestAppointeesZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "鴻圖保險宣布委任李嘉欣女士為行政總裁。", []string{"LEADS 李嘉欣 > 鴻圖保險"}},
		{"zh-Hant", "鴻圖保險委任陳大文博士出任首席技術官。", []string{"LEADS 陳大文 > 鴻圖保險"}},
		{"zh-Hant", "陳志強加入港華科技出任財務總監。", []string{"LEADS 陳志強 > 港華科技"}},
		{"zh-Hant", "陳志強昨日加入港華科技，出任行政總裁。", []string{"LEADS 陳志強 > 港華科技"}},
		{"zh-Hans", "今年3月，原高瓴资本投资人王思远加入澜湾资本，出任合伙人。", []string{"WORKED_AT 王思远 > 高瓴资本", "LEADS 王思远 > 澜湾资本"}},
		{"zh-Hant", "星河支付昨日宣布完成融資。參與本輪的投資者包括:\n・晨曦創投(領投)\n・天使投資人李卓恒\n", []string{"INVESTED_IN 李卓恒 > 星河支付"}},
		{"zh-Hant", "星河科技聯合創辦人之一的黃美玲表示，公司會擴展。", []string{"LEADS 黃美玲 > 星河科技"}},
		{"zh-Hant", "黃志偉加盟星河科技前，曾任職匯豐逾十年。", []string{"WORKED_AT 黃志偉 > 匯豐"}},
	}, nil)
}
