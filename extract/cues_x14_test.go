package extract

import "testing"

// TestX14Shareholders: a shareholder named after 股东为, or a holder with the share it holds,
// invested in the company the sentence is about.
func TestX14Shareholders(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hans", "星河科技目前的最大股东为高榕资本。", []string{"INVESTED_IN 高榕资本 > 星河科技"}, nil},
		{"zh-Hant", "海澄物流第一大股東為新鴻基地產，其餘由管理層持有。", []string{"INVESTED_IN 新鴻基地產 > 海澄物流"}, nil},
		{"zh-Hans", "云帆物流早期股东高瓴资本目前持股约12%。", []string{"INVESTED_IN 高瓴资本 > 云帆物流"}, nil},
		{"zh-Hant", "晶澈半導體創辦人持股逾四成。", nil, []string{"INVESTED_IN 晶澈半導體 > 晶澈半導體"}},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang}), c.want, c.not)
	}
}

// TestX14EventSpeakers: speaking to, addressing or leading a delegation to an event named
// before ("the forum") attends it; government posts make a person of the name before them.
func TestX14EventSpeakers(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"en", "The Harbour Fintech Forum opened on Monday. Alice Mok, deputy director of the Kowloon Innovation Office, told the forum that demand was rising.",
			[]string{"ATTENDED Alice Mok > Harbour Fintech Forum", "WORKED_AT Alice Mok > Kowloon Innovation Office"}, nil},
		{"en", "Delegates gathered for the Pearl River Logistics Summit. Tom Fok, director-general of the Port Development Agency, led a delegation to the summit.",
			[]string{"ATTENDED Tom Fok > Pearl River Logistics Summit"}, nil},
		{"en", "The Asia Battery Expo drew crowds. Ruth Ip addressed the expo on its first day.", []string{"ATTENDED Ruth Ip > Asia Battery Expo"}, nil},
		{"en", "Ruth Ip told Reuters that the deal was done.", nil, []string{"ATTENDED Ruth Ip > Reuters"}},
		{"zh-Hans", "星图机器人在2026深港创新峰会上宣布完成融资。", []string{"ATTENDED 星图机器人 > 2026深港创新峰会"}, nil},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang}), c.want, c.not)
	}
}

// TestX14PrizeWinners: a company that wins a rank of a contest named before is selected for the
// contest; 获得 with an investor or a programme is no selection.
func TestX14PrizeWinners(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hans", "“深港青创大赛”决赛昨日举行。星澜科技获得一等奖。", []string{"SELECTED_FOR 星澜科技 > 深港青创大赛"}, nil},
		{"zh-Hant", "「港澳機械人挑戰賽」昨日落幕，雲圖科技獲二等獎。", []string{"SELECTED_FOR 雲圖科技 > 港澳機械人挑戰賽"}, nil},
		{"zh-Hans", "星澜科技获得高瓴资本投资。", nil, []string{"SELECTED_FOR 星澜科技 > 高瓴资本"}},
		{"zh-Hant", "雲圖智能獲納入「科技企業培育計劃」。", nil, []string{"SELECTED_FOR 雲圖智能 > 科技企業培育計劃"}},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang}), c.want, c.not)
	}
}
