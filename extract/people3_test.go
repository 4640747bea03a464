package extract

import "testing"

// English and Chinese variants of posts said with a copula or a change of post.
func TestPersonPostVariants(t *testing.T) {
	cases := []relCase{
		{"en", "\"We are growing fast,\" said Peter Ma, Ledgerly's chief executive.", []string{"LEADS Peter Ma > Ledgerly"}},
		{"en", "Sara Ip, Brightwave's founder, said the company was profitable.", []string{"LEADS Sara Ip > Brightwave"}},
		{"en", "Ben Ko is the founder of Quantix Labs.", []string{"LEADS Ben Ko > Quantix Labs"}},
		{"en", "Amy Lui is a managing partner at Tidewater Capital.", []string{"LEADS Amy Lui > Tidewater Capital"}},
		{"en", "Ray Fung became chief executive of Paywise in March.", []string{"LEADS Ray Fung > Paywise"}},
		{"en", "Joe Yim stepped down as chief executive of Octave Robotics last year.", []string{"WORKED_AT Joe Yim > Octave Robotics"}},
		{"en", "Leo Chu, who heads Voltaic Systems, said demand was strong.", []string{"LEADS Leo Chu > Voltaic Systems"}},
		{"en", "Brightwave Robotics was acquired. Brightwave's founder, Dr Sam Ho, became Quantix Labs's chief scientist.",
			[]string{"LEADS Sam Ho > Brightwave", "WORKED_AT Sam Ho > Quantix Labs"}},
		{"en", "Mia Lo, who studied at HKU, is now Paywise's chief operating officer.", []string{"LEADS Mia Lo > Paywise"}},
		{"en", "Kelly Tam previously headed Octave Robotics's Asia unit.", []string{"WORKED_AT Kelly Tam > Octave Robotics"}},
		{"zh-Hans", "高远科技首席执行官林海是北京大学校友。", []string{"EDUCATED_AT 林海 > 北京大学"}},
		{"zh-Hant", "陳美玲於去年卸任星匯金融行政總裁。", []string{"WORKED_AT 陳美玲 > 星匯金融"}},
		{"zh-Hans", "张伟毕业于美国斯坦福大学，其后在英国帝国理工学院取得博士学位。",
			[]string{"EDUCATED_AT 张伟 > 斯坦福大学", "EDUCATED_AT 张伟 > 帝国理工学院"}},
		{"zh-Hant", "公司獲天使投資人、前中國移動香港總經理何志強注資。", []string{"WORKED_AT 何志強 > 中國移動香港"}},
		{"zh-Hans", "前渣打新加坡行政总裁林志伟加盟该公司。", []string{"WORKED_AT 林志伟 > 渣打新加坡"}},
		{"zh-Hant", "李嘉欣畢業於新加坡國立大學。", []string{"EDUCATED_AT 李嘉欣 > 新加坡國立大學"}},
		{"zh-Hans", "周建国现为深蓝科技董事长。", []string{"LEADS 周建国 > 深蓝科技"}},
	}
	checkRelCases(t, cases, nil)
}

// A firm holds posts too: "X is a partner of Y" names no person.
func TestFirmsWithPostsAreNoPeople(t *testing.T) {
	checkNoPeople(t, []string{
		"Alibaba Cloud is a partner of the programme.",
		"Hong Kong Telecom became the main sponsor of the fair.",
		"Pacific Century Ventures is the founder of the award.",
	})
}

// Chinese posts stated in apposition or in a later clause.
func TestChinesePostShapes(t *testing.T) {
	cases := []relCase{
		{"zh-Hant", "陳大文於2021年加入智匯科技，現任首席營運官。", []string{"LEADS 陳大文 > 智匯科技"}},
		{"zh-Hans", "王志刚2019年加盟云帆科技，现任首席技术官。", []string{"LEADS 王志刚 > 云帆科技"}},
		{"zh-Hant", "陳大文，智匯科技創辦人，表示公司將擴展至東南亞。", []string{"LEADS 陳大文 > 智匯科技"}},
		{"zh-Hans", "李明（星河智能首席执行官）表示，订单已排到明年。", []string{"LEADS 李明 > 星河智能"}},
		{"zh-Hant", "黃美玲出任該公司行政總裁，任期三年。數碼港科技昨日公布。", []string{}},
	}
	checkRelCases(t, cases, nil)
}

// Membership and attendance stated as lists and seats.
func TestMembersAndGuests(t *testing.T) {
	cases := []relCase{
		{"zh-Hans", "香港人工智能产业联盟成立于2024年，成员包括星河智能科技及云帆科技。",
			[]string{"MEMBER_OF 星河智能科技 > 香港人工智能产业联盟", "MEMBER_OF 云帆科技 > 香港人工智能产业联盟"}},
		{"zh-Hans", "香港数字经济联盟昨日开会，成员包括星河智能科技首席执行官李明及云帆科技联合创始人王强。",
			[]string{"MEMBER_OF 李明 > 香港数字经济联盟", "MEMBER_OF 王强 > 香港数字经济联盟"}},
		{"zh-Hans", "特区政府上月牵头成立香港人工智能产业联盟，成员包括星河智能科技首席执行官李明。", []string{"MEMBER_OF 李明 > 香港人工智能产业联盟"}},
		{"zh-Hant", "星匯金融去年成為香港金融科技協會會員。", []string{"MEMBER_OF 星匯金融 > 香港金融科技協會"}},
		{"zh-Hant", "陳美玲獲委任為星匯金融獨立非執行董事。", []string{"MEMBER_OF 陳美玲 > 星匯金融"}},
		{"en", "Dr Ken Ho joined the board of Paywise Holdings in May.", []string{"MEMBER_OF Ken Ho > Paywise Holdings"}},
		{"en", "The Greater Bay Fintech Alliance, whose members include Paywise and Ledgerly, met on Monday.",
			[]string{"MEMBER_OF Paywise > Greater Bay Fintech Alliance", "MEMBER_OF Ledgerly > Greater Bay Fintech Alliance"}},
		{"zh-Hans", "「2025亚洲创科博览会」昨日开幕，参展商包括星河智能科技及云帆科技。",
			[]string{"ATTENDED 星河智能科技 > 2025亚洲创科博览会", "ATTENDED 云帆科技 > 2025亚洲创科博览会"}},
	}
	checkRelCases(t, cases, nil)
}

// Careers said with other verbs.
func TestCareerVerbs(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "王志明2022年出掌深蓝科技。", []string{"LEADS 王志明 > 深蓝科技"}},
		{"zh-Hant", "張美華此前在渣打銀行任職，負責貿易融資。", []string{"WORKED_AT 張美華 > 渣打銀行"}},
		{"zh-Hans", "首席科学家刘洋拥有清华大学博士学位。", []string{"EDUCATED_AT 刘洋 > 清华大学"}},
		{"zh-Hans", "林峰是星河智能科技的联合创始人之一。", []string{"LEADS 林峰 > 星河智能科技"}},
		{"en", "Chief executive Grace Lam, a veteran of HSBC, joined in 2021.", []string{"WORKED_AT Grace Lam > HSBC"}},
		{"en", "Its founder, Paul Ng, previously with Goldman Sachs, set up the firm in 2019.", []string{"WORKED_AT Paul Ng > Goldman Sachs"}},
		{"en", "Kelvin Ho, who holds a master's in finance from HKUST, left Morgan Stanley in 2020.",
			[]string{"EDUCATED_AT Kelvin Ho > HKUST", "WORKED_AT Kelvin Ho > Morgan Stanley"}},
	}, nil)
}

// A fact stated twice carries the date either statement gives; a guest's ATTENDED carries the
// event's date from its organiser.
func TestSharedDates(t *testing.T) {
	cases := []struct{ lang, text, key, date string }{
		{"zh-Hans", "城大副校长罗家明表示，项目进展顺利。罗家明2018年加入城大。", "WORKED_AT 罗家明 > 城大", "2018"},
		{"zh-Hans", "智汇医疗科技于2017年成立，2023年与同业康健数码合并，合并后由康健数码原主席梁志伟出任首席执行官。",
			"LEADS 梁志伟 > 智汇医疗科技", "2023"},
		{"zh-Hant", "數碼港於2025年7月8日主辦「2025亞洲金融科技峰會」。出席峰會的還有財經事務及庫務局局長陳志明。",
			"ATTENDED 陳志明 > 2025亞洲金融科技峰會", "2025-07-08"},
	}
	for _, c := range cases {
		r := rels(Extract(Input{Text: c.text, Language: c.lang, Published: "2025-07-10",
			Known: []Known{{ID: "cyberport", Kind: "ORGANIZATION", Names: []string{"數碼港", "数码港"}}}}))[c.key]
		if r == nil || r.Date != c.date {
			t.Errorf("%s: %s dated %v, want %s", c.text, c.key, r, c.date)
		}
	}
}

// Succession and appointment in Hong Kong usage.
func TestSuccession(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "陳家明獲委任為數碼港主席，任期兩年。", []string{"LEADS 陳家明 > 數碼港"}},
		{"zh-Hant", "李志偉將接替張美玲出任匯豐科技行政總裁。", []string{"LEADS 李志偉 > 匯豐科技"}},
		{"en", "Anna Wu will succeed Peter Lo as chief executive of Paywise Holdings in July.", []string{"LEADS Anna Wu > Paywise Holdings"}},
		{"en", "Paywise Holdings named Anna Wu chief executive, replacing Peter Lo.", []string{"LEADS Anna Wu > Paywise Holdings"}},
	}, []Known{{ID: "cyberport", Kind: "ORGANIZATION", Names: []string{"數碼港", "数码港"}}})
}

// A bracketed or quoted name before the title still owns it.
func TestBracketedOrgBeforeTitle(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "公司昨日公布業績。匯立通（WeLend）創辦人黃志偉表示，貸款增長理想。", []string{"LEADS 黃志偉 > WeLend"}},
		{"zh-Hans", "本地初创「云帆科技」创始人李强透露，公司正筹备A轮融资。", []string{"LEADS 李强 > 云帆科技"}},
	}, nil)
}

// Titles that are also words of organisations' names leave those names whole.
func TestNamesHoldingTitleWords(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "創辦人陳美華博士現時亦為香港中文大學生物醫學學院客座教授。", []string{"WORKED_AT 陳美華 > 香港中文大學生物醫學學院"}},
		{"zh-Hans", "王志强曾任职于德勤会计师事务所。", []string{"WORKED_AT 王志强 > 德勤会计师事务所"}},
		{"zh-Hans", "香港大学教授李华去年加入创新科技委员会。", []string{"MEMBER_OF 李华 > 创新科技委员会"}},
	}, nil)
}
