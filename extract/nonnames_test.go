package extract

import (
	"slices"
	"testing"
)

// entityNames lists the new entities a text proposes, by name.
func entityNames(ps []Proposal) []string {
	var out []string
	for _, p := range ps {
		if p.Kind == KindEntity && p.Entity.ExistingID == "" {
			out = append(out, p.Entity.Name)
		}
	}
	return out
}

// Names found by their form, cut where they end, and phrases that are no names left out.
func TestNamesByForm(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"en", "Octave was admitted to Hong Kong Science and Technology Parks Corporation's Incu-Tech programme.",
			[]string{"Hong Kong Science and Technology Parks Corporation", "Incu-Tech"}, nil},
		{"en", "The ITC is a department under the Innovation, Technology and Industry Bureau.",
			[]string{"Innovation, Technology and Industry Bureau"}, []string{"Innovation", "Technology"}},
		{"en", "She studied at the National University of Singapore and worked at Standard Chartered Singapore.",
			[]string{"National University of Singapore", "Standard Chartered Singapore"}, []string{"National University"}},
		{"en", "The plant will be built in the Tai Po InnoPark.", []string{"Tai Po InnoPark"}, nil},
		{"en", "Nexa bought Harbourline (Hong Kong) Limited in March.", []string{"Harbourline (Hong Kong) Limited"}, []string{"Harbourline"}},
		{"en", "Aurora Bay has appointed Daniel Cheuk Tsz-hin as Chief Investment Officer. Mr Cheuk joins from Temasek.",
			[]string{"Daniel Cheuk Tsz-hin"}, []string{"Investment Officer", "Cheuk"}},
		{"en", "Its Cyberport Macro Fund will back ten companies.", []string{"Cyberport Macro Fund"}, []string{"Its Cyberport Macro Fund"}},
		{"zh-Hant", "「港聯物流」與「通達速運」昨日宣布完成合併。", []string{"港聯物流", "通達速運"}, nil},
		{"zh-Hans", "公司于今年3月与美的集团旗下库卡机器人签署协议。", []string{"美的集团", "库卡机器人"}, nil},
		{"zh-Hans", "创始人兼CEO周屹然博士毕业于香港科技大学。", []string{"周屹然"}, []string{"毕业"}},
		{"zh-Hans", "界面新闻记者 | 陈默", []string{"界面新闻", "陈默"}, nil},
		{"zh-Hans", "芯湃半导体由前中芯国际工程师张弛创立。", []string{"中芯国际", "张弛"}, nil},
		{"zh-Hans", "基金由港投私募基金管理（深圳）有限公司担任管理人，前海金融控股有限公司出资。",
			[]string{"港投私募基金管理（深圳）有限公司", "前海金融控股有限公司"}, []string{"有限公司"}},
		{"zh-Hant", "創新科技及工業局局長出席儀式。", []string{"創新科技及工業局"}, []string{"創新科技及工業局局"}},
		{"zh-Hant", "公司將與日本住友化學合作。", []string{"住友化學"}, []string{"日本住友化學"}},
		{"zh-Hans", "同月，高瓴创投参与了苏州启元生物的A轮融资。", []string{"苏州启元生物"}, nil},
		{"zh-Hant", "數碼港投資創業基金上月完成注資，藍鯨保險科技計劃明年開拓日本市場。",
			nil, []string{"上月", "藍鯨保險科技計劃"}},
		{"zh-Hans", "截至去年底，香港科学园已汇聚超过1,800家科技公司。", nil, []string{"家科技公司"}},
		{"zh-Hans", "云栖医疗同步宣布委任林蔚为首席执行官。", []string{"云栖医疗"}, []string{"云栖医疗同步"}},
		// 和 as a name's second rune (養和醫院, 捷和集團), not "and" between words.
		{"zh-Hant", "恒隆地產與新昌營造及捷和集團合組財團，並與養和醫院合作。", []string{"捷和集團", "養和醫院"}, nil},
		{"zh-Hans", "学校和医院都受影响。", nil, []string{"校和医院", "学校和医院"}},
		// A list's items share the kind of the organisation named among them, or of 等企业.
		{"zh-Hant", "首批入選企業包括思博科技、藍海動力、康健醫療及數匯通。", []string{"藍海動力", "康健醫療", "數匯通"}, nil},
		{"zh-Hans", "本次合作伙伴有深智城、前海科创、微众银行和招商局资本。", []string{"深智城", "前海科创"}, []string{"有深智城"}},
		{"zh-Hant", "產品已進駐百佳、惠康、萬寧及屈臣氏等零售連鎖店。", []string{"百佳", "惠康", "萬寧", "屈臣氏"}, nil},
		{"zh-Hans", "陈大文、李小明及张三等企业家出席，公司业务涵盖金融、医疗及零售等行业。", []string{"陈大文", "张三"}, []string{"金融", "零售"}},
		{"zh-Hant", "聯合創辦人黃志明、林嘉欣和吳子聰均為港大畢業生，團隊成員包括梁思穎、何家豪及馮子健。",
			[]string{"林嘉欣", "吳子聰", "梁思穎", "何家豪", "馮子健"}, nil},
		{"zh-Hans", "华为、万科、李宁均有参与。", nil, []string{"万科", "李宁"}},
		// 及 joins two fields of one commission, not two bodies or two places.
		{"zh-Hant", "香港證券及期貨事務監察委員會昨日發出通告。", []string{"香港證券及期貨事務監察委員會"}, []string{"香港證券"}},
		{"zh-Hant", "數碼港及香港總商會合辦，創科公司及香港工業總會協辦。", []string{"香港總商會"}, []string{"數碼港及香港總商會", "創科公司及香港工業總會"}},
		// The company a founder founded (陳樂賢於2019年創立栢盈醫療).
		{"zh-Hant", "陳樂賢於2019年創立栢盈醫療。", []string{"陳樂賢", "栢盈醫療"}, nil},
		// The second of two parties ends where a verb of the pair starts; a join ends a listed name.
		{"zh-Hant", "思博科技與藍海動力昨日簽署合作協議。", []string{"藍海動力"}, []string{"藍海動力昨日"}},
		{"zh-Hans", "腾讯和阿里联合宣布。", []string{"腾讯", "阿里"}, []string{"腾讯和阿里联合"}},
		// A leader's title after a quoted name, and a quote that opens the text.
		{"zh-Hant", "「栢盈醫療」行政總裁陳樂賢表示。另外，「晴朗數據」創辦人何家豪稱滿意。", []string{"栢盈醫療", "晴朗數據"}, nil},
		// A Latin name after 獲 and before 投資 is the investor's alone; a title before a Latin name.
		{"zh-Hant", "獲OpenAI投資的香港初創Klook宣布上市。", []string{"OpenAI", "Klook"}, []string{"OpenAI投資"}},
		{"zh-Hant", "該公司CEO Alice Wong指，市場反應良好。", []string{"Alice Wong"}, []string{"CEO Alice Wong"}},
		// 及 inside a company's legal name (香港交易及結算所有限公司), not between two companies.
		{"zh-Hant", "香港交易及結算所有限公司對本公告的內容概不負責。", []string{"香港交易及結算所有限公司"}, []string{"結算所有限公司"}},
		{"zh-Hant", "思博科技及藍海動力有限公司合作。", []string{"思博科技"}, []string{"思博科技及藍海動力有限公司"}},
		// A clause after a listed name is no fuller name (立法會會議上答覆); 之星 is (联想之星); 根據 opens none.
		{"zh-Hant", "局長在立法會會議上答覆議員提問時表示滿意。", []string{"立法會"}, []string{"立法會會議上答覆"}},
		{"zh-Hans", "本轮由联想之星领投。", []string{"联想之星"}, []string{"联想"}},
		{"zh-Hant", "根據香港生產力促進局提供的資料，共有120間企業受惠。", []string{"香港生產力促進局"}, []string{"根據香港生產力促進局"}},
		// 继续 ends a list item, 独家 names nobody, 见证 ends a titled name, 科技谷 is a site.
		{"zh-Hans", "本轮由君联资本领投，峰瑞资本继续跟投，华兴资本担任独家财务顾问。", []string{"峰瑞资本"}, []string{"峰瑞资本继续", "独家"}},
		{"zh-Hant", "數碼港與利雅得科技谷簽署備忘錄，創新科技及工業局局長孫東見證。", []string{"利雅得科技谷", "孫東"}, []string{"利雅得科技", "孫東見"}},
		// Hong Kong's departments by the list; a run across a listed edge gives way; a body's
		// longer name holding a listed one stands.
		{"zh-Hant", "土木工程拓展署及公司註冊處進行研究，特區政府創新科技署宣布。", []string{"土木工程拓展署", "公司註冊處", "創新科技署"}, []string{"註冊處", "特區政府創新科技"}},
		{"zh-Hant", "香港貿易發展局與馬來西亞數碼經濟發展局簽署備忘錄。", []string{"馬來西亞數碼經濟發展局"}, []string{"發展局"}},
		// Listed organisations, found bare, against runs that swallowed them, not inside words or places.
		{"zh-Hans", "本轮由深创投领投，老股东红杉中国继续加码。", []string{"红杉中国"}, []string{"老股东红杉中国"}},
		{"zh-Hans", "外界一度传出腾讯将作为首批试点企业。", []string{"腾讯"}, nil},
		{"zh-Hant", "韋卓賢早年任職渣打，後加入騰訊。", []string{"渣打", "騰訊"}, nil},
		{"zh-Hans", "他是华为香港研究所的首席科学家。", []string{"华为香港研究所"}, []string{"香港研究所", "华为"}},
		{"zh-Hans", "深圳前海微众银行与数码港签署合作协议。", []string{"深圳前海微众银行"}, []string{"微众银行"}},
		{"zh-Hans", "公司计划提高通过率，并在北京东路开设门店。", nil, []string{"高通", "京东"}},
		{"zh-Hans", "财政司司长昨日在立法会答问。", []string{"立法会"}, nil},
	}
	for _, c := range cases {
		got := entityNames(Extract(Input{Text: c.text, Language: c.lang, Published: "2025-05-20"}))
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: missing %s in %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("%s: proposed %s", c.text, n)
			}
		}
	}
}

// An alias in brackets, a Hong Kong surname and a faculty all name an entity met elsewhere.
func TestNamesOfOneEntity(t *testing.T) {
	ps := Extract(Input{Language: "zh-Hant", Published: "2025-10-17",
		Text: "本地初創「思域科技」（Cognivia）宣布融資。聯合創辦人陳家豪（Calvin Chan）表示滿意。"})
	if got := entityNames(ps); slices.Contains(got, "Cognivia") || slices.Contains(got, "Calvin Chan") {
		t.Errorf("an English name in brackets was proposed on its own: %v", got)
	}
	ps = Extract(Input{Language: "en", Published: "2025-09-03",
		Text: "It was founded by Dr Priscilla Ng Wing-sze. \"We are profitable,\" Ng said."})
	if got := entityNames(ps); slices.Contains(got, "Ng") {
		t.Errorf("a surname was proposed on its own: %v", got)
	}
	ps = Extract(Input{Language: "zh-Hant", Published: "2025-06-20", Text: "由香港中文大學醫學院教授馮卓賢創立的「睿康醫療」獲資助。",
		Known: []Known{{ID: "cuhk", Kind: "ORGANIZATION", Names: []string{"香港中文大學"}}}})
	found := false
	for _, p := range ps {
		if p.Kind == KindRelationship && p.Relationship.Type == "WORKED_AT" && p.Relationship.To.EntityID == "cuhk" {
			found = true
		}
	}
	if !found {
		t.Errorf("the faculty's professor does not work at the known university: %v", rels(ps))
	}
}

// Counts with their units, spelled-out numbers, a count's earlier value and exact decimals.
func TestFigureForms(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []float64
	}{
		{"zh-Hans", "云栖医疗科技股份有限公司募资净额约20.9亿港元，发售1.2亿股。", []float64{2090000000, 120000000}},
		{"zh-Hans", "极序机器人团队从8人扩充至50余人，新址面积约1,200平方米。", []float64{8, 50, 1200}},
		{"zh-Hant", "聯達智運控股有限公司車隊規模約2,300輛，樓面面積約3萬平方呎。", []float64{2300, 30000}},
		{"en", "The ITC said nine projects were approved. The 3,000-square-metre facility opens in 2026.", []float64{9, 3000}},
		{"en", "Nova Grid has grown its team to 48 engineers from 20 a year earlier.", []float64{48, 20}},
		{"en", "Nexa bought Harbourline for HK$38.5m. Nexa has more than 2,000 corporate clients.", []float64{38500000, 2000}},
	}
	for _, c := range cases {
		var got []float64
		for _, p := range Extract(Input{Text: c.text, Language: c.lang, Published: "2025-05-20"}) {
			if p.Kind == KindFigure {
				got = append(got, p.Figure.Value)
			}
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: missing %v in %v", c.text, w, got)
			}
		}
	}
}

// Relative and spelled-out dates resolve against the publication date or the date before.
func TestDateForms(t *testing.T) {
	pub := parsePublished("2025-06-20")
	cases := []struct {
		text string
		want []string
	}{
		{"泓碳科技今年一月完成種子輪融資。", []string{"2025-01"}},
		{"首批項目已於去年十二月公布。", []string{"2024-12"}},
		{"卓衡科技於2020年成立，翌年獲納入計劃。", []string{"2020", "2021"}},
		{"委任林蔚为首席执行官，自8月1日起生效。", []string{"2025-08-01"}},
		{"Aurora Bay appointed him, effective 1 November.", []string{"2025-11-01"}},
		{"It plans to open an office in the first half of 2026.", []string{"2026"}},
	}
	for _, c := range cases {
		d := newDoc(Input{Text: c.text, Language: "zh-Hant", Published: "2025-06-20"})
		var got []string
		for _, x := range findDates(d, d.sents[0], pub, nil) {
			got = append(got, x.iso)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: dates %v, want %v", c.text, got, c.want)
		}
	}
	// 同日 points at the last full date, not at a year said in between.
	d := newDoc(Input{Text: "兩間公司昨日宣布合併。去年兩間公司合計收入約12億港元。聯達智運同日宣布委任梁詠詩。", Language: "zh-Hant"})
	facts := annotateSentences(d, parsePublished("2025-09-05"))
	if ds := facts[2].dates; len(ds) != 1 || ds[0].iso != "2025-09-04" {
		t.Errorf("同日 resolved to %v, want 2025-09-04", ds)
	}
}
