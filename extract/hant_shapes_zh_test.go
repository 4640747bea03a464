package extract

import "testing"

// checkRelAbsent fails when a text gives any of the relationships in c.want.
func checkRelAbsent(t *testing.T, cases []relCase) {
	t.Helper()
	for _, c := range cases {
		got := rels(Extract(Input{Text: c.text, Language: c.lang, Published: "2025-06-05"}))
		for _, w := range c.want {
			if got[w] != nil {
				t.Errorf("%s: unexpected %s", c.text, w)
			}
		}
	}
}

// Investors set out as bullet lines after the sentence that refers to the round.
func TestBulletListInvestors(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "本地初創「雲樞科技」宣布完成A輪融資。參與本輪的投資者包括：\n・星河資本（領投）\n・海瀾創投\n・天使投資人何志明\n\n公司將擴充團隊。",
			[]string{"INVESTED_IN 星河資本 > 雲樞科技", "INVESTED_IN 海瀾創投 > 雲樞科技", "INVESTED_IN 何志明 > 雲樞科技"}},
		{"zh-Hans", "医疗初创“康途医疗”完成1亿元B轮融资。本轮投资方包括:\n• 远景资本\n• 启明创投\n",
			[]string{"INVESTED_IN 远景资本 > 康途医疗", "INVESTED_IN 启明创投 > 康途医疗"}},
		{"zh-Hant", "金融科技公司「匯安寶」昨日公布完成種子輪融資。是次融資的投資者包括藍田創投及海瀾創投。",
			[]string{"INVESTED_IN 藍田創投 > 匯安寶", "INVESTED_IN 海瀾創投 > 匯安寶"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// The note of the first item leads the round; its cue reaches no item of the next line.
		{"zh-Hant", "「雲樞科技」完成A輪融資。參與本輪的投資者包括：\n・星河資本(領投)\n・海瀾創投\n",
			[]string{"INVESTED_IN 星河資本 > 海瀾創投"}},
		// A line break ends a clause: the heading's company invests in nothing on the next line.
		{"zh-Hant", "星河資本領投\n海瀾創投宣布擴充團隊。", []string{"INVESTED_IN 星河資本 > 海瀾創投"}},
	})
}

// A department named after its organisation stands for the organisation.
func TestDepartmentsNameTheirOrganisation(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "創辦人陳志明畢業於香港浸會大學資訊科技學系，其後加入公司。", []string{"EDUCATED_AT 陳志明 > 香港浸會大學"}},
		{"zh-Hant", "創辦人陳志明曾在東亞銀行保險業務部任職五年。", []string{"WORKED_AT 陳志明 > 東亞銀行"}},
		{"zh-Hans", "联合创始人刘海燕毕业于浙江大学能源工程学系。", []string{"EDUCATED_AT 刘海燕 > 浙江大学"}},
		{"zh-Hant", "技術總監黃嘉欣曾在港龍航空貨運部門任職。", []string{"WORKED_AT 黃嘉欣 > 港龍航空"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "創辦人陳志明畢業於香港浸會大學資訊科技學系。", []string{"EDUCATED_AT 陳志明 > 香港浸會大學資訊科技"}},
		{"zh-Hant", "創辦人陳志明曾在東亞銀行保險業務部任職五年。", []string{"WORKED_AT 陳志明 > 東亞銀行保險"}},
	})
}

// Quoted names with no kind suffix, known by what stands around them.
func TestQuotedNamesByContext(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "智達物流去年已與本地同業「速達通」合併。", []string{"MERGED_WITH 智達物流 > 速達通"}},
		{"zh-Hant", "早年入選計劃的「康思生物」上月完成A輪融資，由藍田創投領投。", []string{"INVESTED_IN 藍田創投 > 康思生物"}},
		{"zh-Hans", "星河资本与竞争对手“云途”合并。", []string{"MERGED_WITH 星河资本 > 云途"}},
		{"zh-Hant", "由香港貿易發展局主辦的「2026香港創科嘉年華」昨日開幕。", []string{"ORGANIZED 香港貿易發展局 > 2026香港創科嘉年華"}},
	}, nil)
	for _, text := range []string{
		"有分析指，是次收購作價「不算便宜」。",
		"政府的口號是「齊創未來」宣布後反應熱烈。",
	} {
		for _, p := range Extract(Input{Text: text, Language: "zh-Hant", Published: "2025-06-05"}) {
			if p.Kind == KindEntity && p.Entity.Kind == "ORGANIZATION" {
				t.Errorf("%s: %s proposed as an organisation", text, p.Entity.Name)
			}
		}
	}
}

// A sentence about the money raised or about "another founder" leaves the company unnamed: it is
// the one the text is about.
func TestUnnamedCompanyOfTheRound(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "初創公司雲樞科技昨日宣布完成A輪融資。新資金將用於拓展日本及韓國市場。",
			[]string{"TARGETS_MARKET 雲樞科技 > 日本", "TARGETS_MARKET 雲樞科技 > 韓國"}},
		{"zh-Hans", "初创企业星途智能宣布完成B轮融资。所得资金将用于拓展中东市场。", []string{"TARGETS_MARKET 星途智能 > 中东"}},
		{"zh-Hant", "雲樞科技成立於2021年。創辦人陳嘉欣曾在滙豐任職；另一創辦人、技術總監何志明則來自騰訊。",
			[]string{"LEADS 何志明 > 雲樞科技"}},
		{"zh-Hans", "星途智能成立于2020年。首席执行官王立群曾任职于华为；另一位联合创始人刘海燕毕业于清华大学。",
			[]string{"LEADS 刘海燕 > 星途智能"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "雲樞科技成立於2021年。另一家公司星河物流則表示會拓展日本市場。", []string{"TARGETS_MARKET 雲樞科技 > 日本"}},
		{"zh-Hant", "雲樞科技成立於2021年。創辦人陳嘉欣曾在滙豐任職；另一創辦人何志明則來自騰訊。", []string{"LEADS 何志明 > 另一"}},
	})
}

// Taking up a post: 留任/出任 are no part of a name, and a post over a unit of a company is work
// there, not its lead.
func TestPostsOverUnits(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "創辦人陳志明收購後將出任星河物流亞太區業務總監。", []string{"WORKED_AT 陳志明 > 星河物流"}},
		{"zh-Hans", "创始人刘海燕将出任云途科技研发部总监。", []string{"WORKED_AT 刘海燕 > 云途科技"}},
		{"zh-Hant", "創辦人陳志明將出任星河物流行政總裁。", []string{"LEADS 陳志明 > 星河物流"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "創辦人陳志明收購後將出任星河物流亞太區業務總監。", []string{"LEADS 陳志明 > 星河物流"}},
		{"zh-Hant", "創辦人陳志明將留任雲樞科技行政總裁。", []string{"LEADS 陳志明 > 留任雲樞科技"}},
	})
}

// An acronym joined by * or & is one name; a clause whose subject is a group (獲納入的公司)
// says nothing of the company named before.
func TestAcronymsAndGroupSubjects(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "數碼港與新加坡科技研究局(A*STAR)於2023年簽署合作備忘錄。", []string{"PARTNERED_WITH 數碼港 > 新加坡科技研究局"}},
		{"zh-Hant", "星河電訊與美國電話電報公司(AT&T)簽署合作協議。", []string{"PARTNERED_WITH 星河電訊 > 美國電話電報公司"}},
		{"zh-Hans", "云途科技与新加坡科技研究局（A*STAR）签署谅解备忘录。", []string{"PARTNERED_WITH 云途科技 > 新加坡科技研究局"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "香港科技園公司公布新一批初創名單。獲納入的公司可進駐香港科學園。", []string{"LOCATED_IN 香港科技園公司 > 香港科學園"}},
		{"zh-Hans", "数码港公布新一批培育计划名单。入选的初创企业将进驻数码港大楼。", []string{"LOCATED_IN 数码港 > 数码港大楼"}},
	})
	checkRelCases(t, []relCase{
		{"zh-Hant", "香港科技園公司公布新一批初創名單。公司亦將進駐香港科學園。", []string{"LOCATED_IN 香港科技園公司 > 香港科學園"}},
	}, nil)
}

// Membership with a copula, and a bare 基金 that stands for the fund just named.
func TestCopulaMembersAndBareFund(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "雲樞科技成立於2021年，目前是香港科技園公司的培育公司，並為香港金融科技協會會員。",
			[]string{"MEMBER_OF 雲樞科技 > 香港科技園公司", "MEMBER_OF 雲樞科技 > 香港金融科技協會"}},
		{"zh-Hans", "星途科技是香港人工智能协会会员。", []string{"MEMBER_OF 星途科技 > 香港人工智能协会"}},
		{"zh-Hant", "雲樞科技的主要股東為「灣區創新基金」。基金於2023年向雲樞科技注資。", []string{"INVESTED_IN 灣區創新基金 > 雲樞科技"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "陳美玲是香港青年創業家協會的理事會成員。", []string{"MEMBER_OF 陳美玲 > 理事會"}},
		{"zh-Hant", "雲樞科技是數碼港的租戶。", []string{"MEMBER_OF 雲樞科技 > 數碼港"}},
	})
}

// A group named by its count joins a programme, and 當中包括 lists its members, each with a
// short description.
func TestCountedGroupMembers(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "數碼港的「創業培育計劃」今年共有25間初創獲納入計劃，當中包括金融科技公司「匯安寶」、醫療AI公司「康思科技」及機械人開發商RoboCare。",
			[]string{"PARTICIPATED_IN 匯安寶 > 創業培育計劃", "PARTICIPATED_IN 康思科技 > 創業培育計劃", "PARTICIPATED_IN RoboCare > 創業培育計劃"}},
		{"zh-Hans", "“星火加速计划”第三期有12家企业入选该计划，其中包括云途科技及星河智能科技。",
			[]string{"PARTICIPATED_IN 云途科技 > 星火加速计划", "PARTICIPATED_IN 星河智能科技 > 星火加速计划"}},
		{"zh-Hant", "逾百家企業參加「灣區創科博覽」，當中包括雲樞科技及星河物流。",
			[]string{"PARTICIPATED_IN 雲樞科技 > 灣區創科博覽"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// The announcer of the intake is no participant.
		{"zh-Hant", "香港科技園公司公布，其「創業培育計劃」新一批共30間初創獲納入計劃，當中包括雲樞科技。",
			[]string{"PARTICIPATED_IN 香港科技園公司 > 創業培育計劃"}},
		// No count before the cue: the list after 當中包括 is not the subject.
		{"zh-Hant", "雲樞科技加入「創業培育計劃」，當中包括導師配對及星河物流提供的辦公空間。",
			[]string{"PARTICIPATED_IN 星河物流 > 創業培育計劃"}},
	})
}

// Running a facility, the head of a programme, and a relative clause 加入計劃的「甲」 whose head
// is the one that joined.
func TestProgrammeHeadsAndRelativeJoiners(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "數碼港管理有限公司亦負責營運位於貝沙灣的數碼港創新中心。", []string{"OPERATES 數碼港管理有限公司 > 數碼港創新中心"}},
		{"zh-Hans", "香港科技园公司负责运营位于将军澳的先进制造业中心。", []string{"OPERATES 香港科技园公司 > 先进制造业中心"}},
		{"zh-Hant", "計劃主管黃嘉欣加入星河物流前曾任職滙豐。", []string{"WORKED_AT 黃嘉欣 > 星河物流", "WORKED_AT 黃嘉欣 > 滙豐"}},
		{"zh-Hant", "「創業培育計劃」由數碼港營運。上屆畢業生表現理想。於2020年加入計劃的「康思醫療」去年畢業。",
			[]string{"PARTICIPATED_IN 康思醫療 > 創業培育計劃"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "計劃主管黃嘉欣表示反應理想。於2020年加入計劃的「康思醫療」去年畢業。",
			[]string{"WORKED_AT 黃嘉欣 > 康思醫療", "EDUCATED_AT 黃嘉欣 > 康思醫療"}},
		{"zh-Hant", "計劃主管黃嘉欣表示反應理想。", []string{"LEADS 黃嘉欣 > 計劃"}},
	})
}

// An event's ceremony stands for the event; where it opens; an exhibitor attends; the person a
// bureau's title names attends, not the bureau.
func TestEventCeremoniesAndExhibitors(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "由香港貿易發展局主辦的「2026香港創科博覽」昨日在灣仔開幕。貿發局主席林建華在開幕禮上致辭。",
			[]string{"ATTENDED 林建華 > 2026香港創科博覽"}},
		{"zh-Hans", "「2026深圳智能制造大会」昨日开幕。出席开幕式的创新科技署署长王立群表示，反应热烈。",
			[]string{"ATTENDED 王立群 > 2026深圳智能制造大会"}},
		{"zh-Hant", "「2026香港創科博覽」昨日在九龍灣國際展貿中心開幕。星河科技亦是今屆博覽的參展商之一。",
			[]string{"LOCATED_IN 2026香港創科博覽 > 九龍灣國際展貿中心", "ATTENDED 星河科技 > 2026香港創科博覽"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "「2026深圳智能制造大会」昨日开幕。出席开幕式的创新科技署署长王立群表示，反应热烈。",
			[]string{"ATTENDED 创新科技署 > 2026深圳智能制造大会"}},
		// No event named before: the ceremony names none.
		{"zh-Hant", "星河科技主席林建華在開幕禮上致辭。", []string{"ATTENDED 林建華 > 開幕禮"}},
	})
}

// A promotion agency's count of firms helped to set up, with the firms listed after 其中包括.
func TestAttractedListedFirms(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "投資推廣署表示，今年已協助逾400間海外企業在港開業，其中包括法國軟件公司Datalis及內地電池企業寧能科技。",
			[]string{"ATTRACTED 投資推廣署 > Datalis", "ATTRACTED 投資推廣署 > 寧能科技"}},
		{"zh-Hans", "投资推广署去年协助380家企业在港设立业务，其中包括星河智能科技及云途科技。",
			[]string{"ATTRACTED 投资推广署 > 星河智能科技", "ATTRACTED 投资推广署 > 云途科技"}},
		{"zh-Hant", "投資推廣署去年吸引逾百間企業落戶香港，當中包括星河物流。", []string{"ATTRACTED 投資推廣署 > 星河物流"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "投資推廣署表示，今年已協助逾400間海外企業在港開業，其中包括Datalis。", []string{"ATTRACTED 投資推廣署 > 海外"}},
		{"zh-Hant", "投資推廣署協助星河物流在港開業。", []string{"ATTRACTED 投資推廣署 > 香港"}},
	})
}

// A sentence that opens with a description and then a name (另外，醫療科技初創「甲」…) opens with
// that name: 該公司 in the next sentence is 甲, not the body named before.
func TestDescribedOpenerIsTopic(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "數碼港公布最新名單，數碼港主席李明表示反應理想。另外，醫療科技初創「康源醫療」已於上月從數碼港的培育計劃畢業。該公司去年曾獲選《財富》「40位40歲以下精英」榜單。",
			[]string{"SELECTED_FOR 康源醫療 > 40位40歲以下精英"}},
		{"zh-Hans", "数码港公布最新名单，数码港主席李明表示反应理想。此外，金融科技公司“汇融通”已于上月从数码港的培育计划毕业。该公司去年曾获选《福布斯》“30位30岁以下精英”榜单。",
			[]string{"SELECTED_FOR 汇融通 > 30位30岁以下精英"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "數碼港公布最新名單，數碼港主席李明表示反應理想。另外，醫療科技初創「康源醫療」已於上月從數碼港的培育計劃畢業。該公司去年曾獲選《財富》「40位40歲以下精英」榜單。",
			[]string{"SELECTED_FOR 數碼港 > 40位40歲以下精英"}},
	})
}
