package extract

import "testing"

// Person relations stated in the shapes news uses: each construction in several
// wordings and scripts, written for this test.
func TestPersonRelationShapes(t *testing.T) {
	cases := []relCase{
		// A past post: 原/前 between the organisation and the title.
		{"zh-Hans", "新公司由星河物流原行政总裁张浩然出任行政总裁。", []string{"WORKED_AT 张浩然 > 星河物流"}},
		{"zh-Hant", "委員會由香港貿發局前主席陳永康擔任召集人。", []string{"WORKED_AT 陳永康 > 香港貿發局"}},
		{"zh-Hans", "前腾讯研发总监李志远加盟该公司。", []string{"WORKED_AT 李志远 > 腾讯"}},
		{"zh-Hans", "创始人李明阳曾任星河数据研发总监。", []string{"WORKED_AT 李明阳 > 星河数据"}},
		// A post taken up with no organisation after the verb.
		{"zh-Hans", "两家公司宣布合并，新公司定名为「云帆科技」，由海鸥数据原行政总裁黄俊杰出任行政总裁。",
			[]string{"LEADS 黄俊杰 > 云帆科技", "WORKED_AT 黄俊杰 > 海鸥数据"}},
		{"zh-Hant", "智匯醫療科技於2019年成立，2024年與同業康健數碼合併，合併後由康健數碼原主席梁志偉出任首席執行官。",
			[]string{"LEADS 梁志偉 > 智匯醫療科技", "WORKED_AT 梁志偉 > 康健數碼"}},
		{"zh-Hans", "2021年，她与同学周文博共同创立光渊科技，周文博现任公司首席技术官。",
			[]string{"LEADS 周文博 > 光渊科技"}},
		// 他/她 and 姓+博士 name the person named before.
		{"zh-Hans", "陈思敏早年毕业于北京大学。她其后在上海交通大学修读工商管理硕士。",
			[]string{"EDUCATED_AT 陈思敏 > 北京大学", "EDUCATED_AT 陈思敏 > 上海交通大学"}},
		{"zh-Hant", "研究院院長由前中芯國際總監王建國博士出任。王博士畢業於香港大學。",
			[]string{"EDUCATED_AT 王建國 > 香港大學", "WORKED_AT 王建國 > 中芯國際"}},
		{"zh-Hans", "李晓彤是星澜生物的创办人。他本人2012年取得香港大学博士学位后，曾在美国梅奥诊所任研究员。",
			[]string{"EDUCATED_AT 李晓彤 > 香港大学"}},
		// Founding together: everyone named in the clause.
		{"zh-Hant", "數衡科技2020年由何家俊與前匯豐銀行分析師林美玲共同創立。",
			[]string{"LEADS 何家俊 > 數衡科技", "LEADS 林美玲 > 數衡科技", "WORKED_AT 林美玲 > 匯豐銀行"}},
		{"zh-Hans", "2018年，他与学生赵一鸣共同创立晶核材料科技。", []string{"LEADS 赵一鸣 > 晶核材料科技"}},
		// Research and study with the organisation in the gap.
		{"zh-Hans", "首席科学家郑家伟2010年起在美国劳伦斯国家实验室从事研究。", []string{"WORKED_AT 郑家伟 > 劳伦斯国家实验室"}},
		{"zh-Hant", "吳卓賢早年於香港科技大學修讀電子工程。", []string{"EDUCATED_AT 吳卓賢 > 香港科技大學"}},
		// A deputy works there; a department stands between the organisation and the title.
		{"zh-Hans", "香港理工大学副校长张伟强表示，合作将持续三年。", []string{"WORKED_AT 张伟强 > 香港理工大学"}},
		{"zh-Hans", "香港浸会大学(浸大)物理学系讲座教授罗志明表示，团队已完成测试。", []string{"WORKED_AT 罗志明 > 香港浸会大学"}},
		// Another co-founder; a chained title after a function.
		{"zh-Hant", "雲圖數據另一名聯合創辦人、技術總監馬子健則來自騰訊。",
			[]string{"LEADS 馬子健 > 雲圖數據", "WORKED_AT 馬子健 > 騰訊"}},
		// English: chained titles after "Its", plural titles, honorifics.
		{"en", "Finloop raised US$5 million. Its co-founder and chief operating officer, Grace Wong, previously worked at HSBC.",
			[]string{"LEADS Grace Wong > Finloop", "WORKED_AT Grace Wong > HSBC"}},
		{"en", "Tidewater Capital is run by founding partners Peter Lam and Mary Chan.",
			[]string{"LEADS Peter Lam > Tidewater Capital", "LEADS Mary Chan > Tidewater Capital"}},
		{"en", "Keynote speaker Professor Helen Ho, president of Lingnan University, opened the forum.",
			[]string{"LEADS Helen Ho > Lingnan University"}},
		{"en", "The panel is chaired by Professor Daniel Yip of CUHK, who also sits on the Hong Kong Academy of Sciences.",
			[]string{"MEMBER_OF Daniel Yip > Hong Kong Academy of Sciences"}},
		{"en", "Brightpath was founded by Dr Susan Lo, a former Deloitte consultant who earned her doctorate at Stanford University.",
			[]string{"WORKED_AT Susan Lo > Deloitte", "EDUCATED_AT Susan Lo > Stanford University"}},
		// "是/为 ORG 的 TITLE".
		{"zh-Hans", "首席技术官王嘉豪则是香港科技大学计算机科学系的助理教授。", []string{"WORKED_AT 王嘉豪 > 香港科技大学"}},
		{"zh-Hant", "創辦人梁靜怡博士現時亦為香港大學醫學院客座教授。", []string{"WORKED_AT 梁靜怡 > 香港大學醫學院"}},
		{"zh-Hans", "李晓彤是星澜生物科技的创办人。", []string{"LEADS 李晓彤 > 星澜生物科技"}},
		// Bylines.
		{"en", "By Karen Lau, Harbour Tech Review\n\nVoltaic raised US$3 million.", []string{"WORKED_AT Karen Lau > Harbour Tech Review"}},
		{"zh-Hans", "【《湾区科技报》记者 陈晓东 深圳报道】星链智造昨日宣布完成融资。", []string{"WORKED_AT 陈晓东 > 湾区科技报"}},
		// Guests of an event named before by its kind.
		{"zh-Hant", "「2025亞洲金融科技峰會」昨日開幕。出席峰會的還有財經事務及庫務局局長陳志明。",
			[]string{"ATTENDED 陳志明 > 2025亞洲金融科技峰會"}},
		// Joining an association is membership.
		{"zh-Hant", "微光科技去年加入「香港人工智能產業聯盟」。", []string{"MEMBER_OF 微光科技 > 香港人工智能產業聯盟"}},
	}
	checkRelCases(t, cases, nil)
}

// The readings these constructions invite that are wrong stay out.
func TestPersonRelationNotFacts(t *testing.T) {
	cases := []struct {
		lang, text string
		not        []string
	}{
		// A speaker's pronoun does not make the company's fact the speaker's.
		{"zh-Hant", "創辦人陳大文曾於滙豐任職。他表示公司已獲選為數碼港培育計劃成員。", []string{"PARTICIPATED_IN 陳大文 > 數碼港培育計劃"}},
		// Joining a company before leading it: no WORKED_AT beside the LEADS.
		{"zh-Hant", "行政總裁莫嘉儀表示，加入星匯金融前曾在渣打銀行工作。星匯金融行政總裁莫嘉儀補充。", []string{"WORKED_AT 莫嘉儀 > 星匯金融"}},
		// An organisation that joins an alliance does not make the person before it work there.
		{"zh-Hans", "研究院院长王振华毕业于清华大学。研究院亦将加入「大湾区芯片产业联盟」。", []string{"WORKED_AT 王振华 > 大湾区芯片产业联盟"}},
		// The paper of a byline is no subject of the story.
		{"zh-Hans", "【《湾区科技报》记者 陈晓东 深圳报道】星链智造昨日宣布完成1亿元A轮融资。本轮由红杉中国领投。",
			[]string{"INVESTED_IN 红杉中国 > 湾区科技报"}},
		// A post in a body the reader did not name is not a post in the name before it.
		{"zh-Hant", "她並擔任港大校友會創業分會副主席。", []string{"WORKED_AT 她 > 港大", "LEADS 她 > 港大"}},
		{"zh-Hans", "陈立明同时担任清华校友会深圳分会会长。", []string{"LEADS 陈立明 > 清华"}},
		// A deputy does not lead.
		{"zh-Hans", "香港城市大学副校长刘国良表示，项目明年启动。", []string{"LEADS 刘国良 > 香港城市大学"}},
		// 由 opens a passive, not a name.
		{"zh-Hant", "院長由前英特爾總監張家明博士出任。", []string{"LEADS 由前英 > 英特爾"}},
	}
	for _, c := range cases {
		got := rels(Extract(Input{Text: c.text, Language: c.lang, Published: "2025-06-05"}))
		for _, n := range c.not {
			if got[n] != nil {
				t.Errorf("%s: unwanted %s", c.text, n)
			}
		}
	}
}

// relCase is a text and the relationships ("TYPE from > to") it must give.
type relCase struct {
	lang, text string
	want       []string
}

func checkRelCases(t *testing.T, cases []relCase, known []Known) {
	t.Helper()
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: c.lang, Published: "2025-06-05", Known: known})
		checkSpans(t, c.text, ps)
		got := rels(ps)
		for _, w := range c.want {
			if got[w] == nil {
				t.Errorf("%s: missing %s in %v", c.text, w, keys(got))
			}
		}
	}
}

// checkNoPeople fails when an English text gives a person entity.
func checkNoPeople(t *testing.T, texts []string) {
	t.Helper()
	for _, text := range texts {
		for _, p := range Extract(Input{Text: text, Language: "en", Published: "2025-06-05"}) {
			if p.Kind == KindEntity && p.Entity.Kind == "PERSON" {
				t.Errorf("%s: %s proposed as a person", text, p.Entity.Name)
			}
		}
	}
}
