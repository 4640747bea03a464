package extract

import "testing"

// TestDateBeforePronoun: a date that opens a clause without a comma (今年3月公司…, 去年8月該公司…,
// 2024年其…) leaves the pronoun after it to carry the subject over from the sentence before.
func TestDateBeforePronoun(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆物流成立于2019年。今年3月公司完成A轮融资，由红杉中国领投。", []string{"INVESTED_IN 红杉中国 > 云帆物流"}},
		{"zh-Hans", "云帆物流成立于2019年。今年公司完成A轮融资，由红杉中国领投。", []string{"INVESTED_IN 红杉中国 > 云帆物流"}},
		{"zh-Hans", "星图机器人专注仓储自动化。今年初公司完成1亿元B轮融资，由顺为资本领投，高瓴创投跟投。",
			[]string{"INVESTED_IN 顺为资本 > 星图机器人", "INVESTED_IN 高瓴创投 > 星图机器人"}},
		{"zh-Hant", "晶橋科技成立於2020年。去年8月該公司完成B輪融資，由維港投資領投。", []string{"INVESTED_IN 維港投資 > 晶橋科技"}},
		{"zh-Hant", "雲帆物流成立於2019年。2024年3月該集團全資收購了星橋醫療。", []string{"SUBSIDIARY_OF 星橋醫療 > 雲帆物流"}},
		{"zh-Hans", "晶氢科技成立于2020年。去年8月该公司总部正式迁入香港科学园。", []string{"LOCATED_IN 晶氢科技 > 香港科学园"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// A date before a name: the name is the clause's own subject.
		{"zh-Hans", "晶氢科技成立于2020年。去年8月港投公司领投了云帆物流的A轮融资。", []string{"INVESTED_IN 港投公司 > 晶氢科技"}},
		// A date before a verb opens a short time clause (2024年起，…), not a subject.
		{"zh-Hans", "晶氢科技成立于2020年。2024年起，红杉中国开始投资氢能企业。", []string{"INVESTED_IN 红杉中国 > 晶氢科技"}},
	})
}

// TestAppointmentAndMoveSubjects: a person named before 接任/獲聘/升任 or before 已加入… when a
// post follows (出任, 擔任), and a company named before 進駐/入駐/獲納入/落戶/遷入, open their
// clause as its subject; 公司 before a title is the company's post, not a person.
func TestAppointmentAndMoveSubjects(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "王海明将接任云帆物流董事长。", []string{"LEADS 王海明 > 云帆物流"}},
		{"zh-Hans", "王海明接任云帆物流首席执行官一职。", []string{"LEADS 王海明 > 云帆物流"}},
		{"zh-Hans", "李家豪正式加盟云帆科技，担任首席技术官。", []string{"LEADS 李家豪 > 云帆科技"}},
		{"zh-Hans", "李家豪已加入云帆科技，出任首席财务官。", []string{"LEADS 李家豪 > 云帆科技"}},
		{"zh-Hant", "星橋醫療進駐香港科學園。", []string{"LOCATED_IN 星橋醫療 > 香港科學園"}},
		{"zh-Hant", "星橋醫療獲納入數碼港培育計劃。", []string{"PARTICIPATED_IN 星橋醫療 > 數碼港培育計劃"}},
		{"zh-Hans", "星图机器人落户南沙。", []string{"LOCATED_IN 星图机器人 > 南沙"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "云帆物流宣布，王海明获委任为公司首席执行官。", []string{"LEADS 公司 > 云帆物流"}},
		{"zh-Hant", "星橋醫療宣布，陳志強獲委任為公司行政總裁。", []string{"LEADS 公司 > 星橋醫療"}},
		// Joining with no post after it names no person: an alliance's member is a company.
		{"zh-Hans", "云帆物流已加入香港物流联盟。", []string{"LEADS 云帆物流 > 香港物流联盟"}},
	})
	checkNoZhPerson(t, []string{"云帆物流宣布，王海明获委任为公司首席执行官。", "李家强已加入香港物流联盟。"}, "公司", "李家强")
}

// checkNoZhPerson fails when one of texts proposes one of names as a person.
func checkNoZhPerson(t *testing.T, texts []string, names ...string) {
	t.Helper()
	for _, text := range texts {
		for _, p := range Extract(Input{Text: text, Language: "zh-Hans", Published: "2025-06-05"}) {
			for _, n := range names {
				if p.Kind == KindEntity && p.Entity.Kind == "PERSON" && p.Entity.Name == n {
					t.Errorf("%s: %s proposed as a person", text, n)
				}
			}
		}
	}
}

// TestRoundRolesAndFilings: the investor named after a round's role noun (領投方為甲, 跟投方包括
// 乙和丙) invests in the round's company, not the other way round; a filing with an exchange
// (向港交所遞表, 遞交招股書) is a planned listing; 全資 before 收購 and 其中 before a name are
// not part of the name.
func TestRoundRolesAndFilings(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆物流完成数亿元C轮融资，领投方为红杉中国，跟投方包括高瓴创投和顺为资本。",
			[]string{"INVESTED_IN 红杉中国 > 云帆物流", "INVESTED_IN 高瓴创投 > 云帆物流", "INVESTED_IN 顺为资本 > 云帆物流"}},
		{"zh-Hant", "雲樞科技完成A輪融資，領投方為維港投資，參投方包括藍田創投及海瀾創投。",
			[]string{"INVESTED_IN 維港投資 > 雲樞科技", "INVESTED_IN 藍田創投 > 雲樞科技", "INVESTED_IN 海瀾創投 > 雲樞科技"}},
		{"zh-Hans", "云帆物流完成B轮融资。本轮领投方为红杉中国，跟投方包括高瓴创投。",
			[]string{"INVESTED_IN 红杉中国 > 云帆物流", "INVESTED_IN 高瓴创投 > 云帆物流"}},
		{"zh-Hans", "云帆物流已向港交所主板递表。", []string{"LISTED_ON 云帆物流 > 港交所"}},
		{"zh-Hant", "雲樞科技再次向聯交所遞交招股書。", []string{"LISTED_ON 雲樞科技 > 聯交所"}},
		{"zh-Hant", "雲樞科技獲星橋集團全資收購。", []string{"SUBSIDIARY_OF 雲樞科技 > 星橋集團"}},
		{"zh-Hans", "云帆物流获美团全资收购。", []string{"SUBSIDIARY_OF 云帆物流 > 美团"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "云帆物流完成数亿元C轮融资，领投方为红杉中国，跟投方包括高瓴创投和顺为资本。",
			[]string{"INVESTED_IN 云帆物流 > 红杉中国", "INVESTED_IN 云帆物流 > 高瓴创投"}},
		{"zh-Hant", "雲樞科技完成A輪融資，投資方包括維港投資及藍田創投，其中維港投資為領投方。", []string{"INVESTED_IN 中維港投資 > 雲樞科技"}},
		{"zh-Hant", "雲樞科技獲星橋集團全資收購。", []string{"SUBSIDIARY_OF 雲樞科技 > 星橋集團全資"}},
	})
}

// TestFollowOnAndSubsidiaryCopula: existing shareholders' follow-on money (老股東甲持續加注,
// 現有股東乙繼續加碼, 超額認購) invests in the round's company; 甲是乙的附屬公司 / 旗下公司 makes
// 甲 乙's subsidiary, and a descriptor right before the parent (內地企業乙) is not the parent.
func TestFollowOnAndSubsidiaryCopula(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "具身智能公司“枢途科技”已完成数亿元人民币A+轮融资，本轮由蓝驰创投领投，老股东高榕创投持续加注。",
			[]string{"INVESTED_IN 蓝驰创投 > 枢途科技", "INVESTED_IN 高榕创投 > 枢途科技"}},
		{"zh-Hans", "云帆物流完成B轮融资。本轮由红杉中国领投，老股东高瓴创投、顺为资本超额认购。",
			[]string{"INVESTED_IN 高瓴创投 > 云帆物流", "INVESTED_IN 顺为资本 > 云帆物流"}},
		{"zh-Hant", "雲樞科技完成A輪融資，由維港投資領投，現有股東藍田創投繼續加碼。", []string{"INVESTED_IN 藍田創投 > 雲樞科技"}},
		{"zh-Hant", "寧港新能源是內地企業欣旺達的附屬公司。", []string{"SUBSIDIARY_OF 寧港新能源 > 欣旺達"}},
		{"zh-Hans", "云帆物流是顺丰控股的全资子公司。", []string{"SUBSIDIARY_OF 云帆物流 > 顺丰控股"}},
		{"zh-Hans", "云帆物流是美团旗下公司。", []string{"SUBSIDIARY_OF 云帆物流 > 美团"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "寧港新能源是內地企業欣旺達的附屬公司。", []string{"SUBSIDIARY_OF 寧港新能源 > 內地企業"}},
		// A board after the exchange is no name the exchange describes.
		{"zh-Hant", "富信通計劃明年在港交所GEM上市。", []string{"LISTED_ON 富信通 > GEM"}},
		// 加注 with no round in the sentence or before it is no investment.
		{"zh-Hans", "云帆物流表示，公司将在东南亚加注投入。", []string{"INVESTED_IN 云帆物流 > 东南亚"}},
	})
}

// TestProgrammeNamesWithEnterprise: 企業 inside a programme's name (科技企業培育計劃,
// 企業支援計劃) is a word of the name, though it ends the walk before company names.
func TestProgrammeNamesWithEnterprise(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "點圖科技於今年4月加入科技企業培育計劃。", []string{"PARTICIPATED_IN 點圖科技 > 科技企業培育計劃"}},
		{"zh-Hans", "云帆物流获纳入科技企业培育计划。", []string{"PARTICIPATED_IN 云帆物流 > 科技企业培育计划"}},
		{"zh-Hant", "創新科技署推出企業支援計劃。", []string{"OPERATES 創新科技署 > 企業支援計劃"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "點圖科技於今年4月加入科技企業培育計劃。", []string{"PARTICIPATED_IN 點圖科技 > 培育計劃"}},
		{"zh-Hant", "創新科技署推出企業支援計劃。", []string{"OPERATES 創新科技署 > 支援計劃"}},
	})
	checkEntities(t, "zh-Hans", "数码港邀请初创企业参加创业计划。", nil, []string{"初创企业参加创业计划", "企业参加创业计划"})
}

// TestPlantSites: a plant built or set up at a site (於…興建, 在…設廠, 於…建廠) locates the
// company there; a government that builds somewhere is not located there.
func TestPlantSites(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "電動車電池製造商寧港新能源將於元朗創新園興建廠房。", []string{"LOCATED_IN 寧港新能源 > 元朗創新園"}},
		{"zh-Hans", "云帆物流计划于越南设厂。", []string{"LOCATED_IN 云帆物流 > 越南"}},
		{"zh-Hans", "云帆物流已在惠州建厂。", []string{"LOCATED_IN 云帆物流 > 惠州"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "特區政府將於北部都會區興建新的創科園區。", []string{"LOCATED_IN 特區政府 > 北部都會區"}},
		{"zh-Hans", "深圳市政府将在前海兴建人才公寓。", []string{"LOCATED_IN 深圳市政府 > 前海"}},
	})
}

// TestSettlingInAgreements: a government that signs a settling-in agreement (落戶協議) with a
// company attracted it, on either side of 與; the signing is still a partnership; two
// companies, or no parties, give no attraction.
func TestSettlingInAgreements(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "颁奖典礼上，南沙区人民政府与星图机器人签署落户协议。",
			[]string{"ATTRACTED 南沙区人民政府 > 星图机器人", "PARTNERED_WITH 南沙区人民政府 > 星图机器人"}},
		{"zh-Hans", "香港初创云帆物流现场与顺德区人民政府签订落户协议。", []string{"ATTRACTED 顺德区人民政府 > 云帆物流"}},
		{"zh-Hant", "雲樞科技與前海管理局簽署落戶協議。", []string{"ATTRACTED 前海管理局 > 雲樞科技"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "香港初创云帆物流现场与顺德区人民政府签订落户协议。", []string{"ATTRACTED 云帆物流 > 顺德区人民政府"}},
		{"zh-Hans", "云帆物流与星图机器人签署落户协议。", []string{"ATTRACTED 云帆物流 > 星图机器人", "ATTRACTED 星图机器人 > 云帆物流"}},
		{"zh-Hans", "根据落户协议，云帆物流将在南沙设立总部。", []string{"ATTRACTED 云帆物流 > 南沙"}},
	})
}

// TestNumberCommaOpensNoClause: the comma inside a number (5,000萬) breaks no clause, so a
// sentence opening with 公司 keeps 公司 as its subject word (the company, never a bureau the
// text names more often) rather than reading "公司去年完成5," as a time clause.
func TestNumberCommaOpensNoClause(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "运输署昨日公布新合约。这是运输署首份智慧交通合约。云帆物流由陈大文于2019年创立。公司去年完成3,000万元A轮融资，由红杉中国领投。",
			[]string{"INVESTED_IN 红杉中国 > 云帆物流"}},
		{"zh-Hant", "地政總署昨日公布招標結果。這是地政總署今年第二份合約。晶橋科技由李明於2020年創立。公司今年完成8,000萬港元B輪融資，由維港投資領投。",
			[]string{"INVESTED_IN 維港投資 > 晶橋科技"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "运输署昨日公布新合约。这是运输署首份智慧交通合约。云帆物流由陈大文于2019年创立。公司去年完成3,000万元A轮融资，由红杉中国领投。",
			[]string{"INVESTED_IN 红杉中国 > 运输署"}},
	})
}

// TestPlanIsNoTopic: a clause on a plan (公司正在筹备赴港上市) names no company, so the next
// sentence's 该公司 still refers to the company named before.
func TestPlanIsNoTopic(t *testing.T) {
	text := "云帆智能成立于2019年，总部位于深圳。创始人王海明表示，公司正在筹备赴港上市。据悉，该公司曾获红杉中国、高瓴创投投资，并加入了深圳市机器人协会。"
	checkRelCases(t, []relCase{
		{"zh-Hans", text, []string{"INVESTED_IN 红杉中国 > 云帆智能", "MEMBER_OF 云帆智能 > 深圳市机器人协会"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", text, []string{"INVESTED_IN 红杉中国 > 筹备赴港", "MEMBER_OF 筹备赴港 > 深圳市机器人协会"}},
	})
}
