package extract

import "testing"

// TestShareholders: a shareholder named after 股东为, or a holder with the share it holds,
// invested in the company the sentence is about.
func TestShareholders(t *testing.T) {
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

// TestEventSpeakers: speaking to, addressing or leading a delegation to an event named
// before ("the forum") attends it; government posts make a person of the name before them.
func TestEventSpeakers(t *testing.T) {
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

// TestPrizeWinners: a company that wins a rank of a contest named before is selected for the
// contest; 获得 with an investor or a programme is no selection.
func TestPrizeWinners(t *testing.T) {
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

// TestRoundsOfCompanies: joining or leading "the Series B of X", or writing X a cheque, is an
// investment in X.
func TestRoundsOfCompanies(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		{"Last year Gobi Partners joined the Series B of Marlow Analytics.", []string{"INVESTED_IN Gobi Partners > Marlow Analytics"}, nil},
		{"Alibaba Entrepreneurs Fund took part in the seed round of Kestrel Bio.", []string{"INVESTED_IN Alibaba Entrepreneurs Fund > Kestrel Bio"}, nil},
		{"In May, Horizons Ventures wrote a cheque to Pebble Robotics.", []string{"INVESTED_IN Horizons Ventures > Pebble Robotics"}, nil},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: "en"}), c.want, c.not)
	}
}

// TestFormerPosts: 曾任 an organisation of any shape and a title: the organisation was the
// person's employer.
func TestFormerPosts(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hant", "營運總監梁思敏曾任八達通產品經理。", []string{"WORKED_AT 梁思敏 > 八達通"}, nil},
		{"zh-Hans", "首席财务官陈嘉言曾任拼多多分析师。", []string{"WORKED_AT 陈嘉言 > 拼多多"}, nil},
		{"zh-Hans", "联合创始人刘一凡曾任字节跳动工程师。", []string{"WORKED_AT 刘一凡 > 字节跳动"}, nil},
		{"zh-Hans", "创始人王蕾曾任深圳工程师协会理事。", nil, []string{"WORKED_AT 王蕾 > 深圳"}},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang}), c.want, c.not)
	}
}

// TestDescribedListItems: items of a Chinese list may each carry a description (芯片公司甲、
// 医疗企业乙及物流平台丙): the verb still applies to every item.
func TestDescribedListItems(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hans", "高瓴资本去年投资了芯片公司芯澈科技、医疗企业康桥医药及物流平台云途物流。",
			[]string{"INVESTED_IN 高瓴资本 > 芯澈科技", "INVESTED_IN 高瓴资本 > 康桥医药", "INVESTED_IN 高瓴资本 > 云途物流"}, nil},
		{"zh-Hant", "「星火資助計劃」今日公布結果。獲資助企業包括生物科技公司星河醫藥、電訊企業海港電訊及金融科技公司安信科技。",
			[]string{"FUNDS 星火資助計劃 > 星河醫藥", "FUNDS 星火資助計劃 > 海港電訊", "FUNDS 星火資助計劃 > 安信科技"}, nil},
		{"zh-Hans", "星河生物完成B轮融资，本轮由红杉中国领投，投资机构高榕资本及科技企业联想控股跟投。",
			[]string{"INVESTED_IN 高榕资本 > 星河生物", "INVESTED_IN 联想控股 > 星河生物"}, nil},
		{"zh-Hans", "高瓴资本投资了芯澈科技，另一家专注高端医疗器械研发与生产的公司康桥医药则获腾讯投资。", nil,
			[]string{"INVESTED_IN 高瓴资本 > 康桥医药"}},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang, Known: []Known{{ID: "cyberport", Kind: "ORGANIZATION", Names: []string{"數碼港", "数码港"}}}}), c.want, c.not)
	}
}
