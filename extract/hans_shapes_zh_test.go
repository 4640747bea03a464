package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// TestGovernmentBodiesAndPlacedNames: a bureau named after its government, bureaus
// whose portfolios 和 joins, offices, heads of associations, teams in quotes and companies
// introduced by their city; and phrases of the same shapes that are no names.
func TestGovernmentBodiesAndPlacedNames(t *testing.T) {
	cases := []struct {
		lang, text string
		want       map[string]kg.Kind
		not        []string
	}{
		{"zh-Hans", "香港特区政府创新科技及工业局局长出席典礼。", map[string]kg.Kind{"创新科技及工业局": kg.KindOrganization}, []string{"香港特区政府创新科技及工业局", "香港特区政府创新科技"}},
		{"zh-Hant", "香港特區政府商務及經濟發展局宣布新措施。", map[string]kg.Kind{"商務及經濟發展局": kg.KindOrganization}, []string{"香港特區政府商務及經濟發展局"}},
		{"zh-Hans", "深圳市政府金融工作局表示支持。", map[string]kg.Kind{"金融工作局": kg.KindOrganization}, nil},
		{"zh-Hans", "公司去年获深圳市规划和自然资源局批准。", map[string]kg.Kind{"深圳市规划和自然资源局": kg.KindOrganization}, []string{"自然资源局"}},
		{"zh-Hans", "前海金控和招商局资本共同出资。", map[string]kg.Kind{"招商局资本": kg.KindOrganization}, []string{"前海金控和招商局"}},
		{"zh-Hans", "香港特区政府引进重点企业办公室今日公布数字。", map[string]kg.Kind{"香港特区政府引进重点企业办公室": kg.KindOrganization}, []string{"引进重点企业办公室"}}, // an office is named with its government (occasions_zh.go)
		{"zh-Hans", "公司将在慕尼黑设立办公室。", nil, []string{"设立办公室", "慕尼黑设立办公室"}},
		{"zh-Hans", "她本科毕业后赴牛津大学深造。", map[string]kg.Kind{"牛津大学": kg.KindOrganization}, []string{"赴牛津大学"}},
		{"zh-Hant", "他其後前往劍橋大學攻讀碩士。", map[string]kg.Kind{"劍橋大學": kg.KindOrganization}, []string{"前往劍橋大學"}},
		{"zh-Hans", "香港机器人协会会长陈志强致辞。", map[string]kg.Kind{"陈志强": kg.KindPerson}, nil},
		{"zh-Hans", "三等奖由香港理工大学团队“澜芯科技”获得。", map[string]kg.Kind{"澜芯科技": kg.KindOrganization}, nil},
		{"zh-Hant", "評審亦表揚了中大學生團隊「聲紋識別」。", map[string]kg.Kind{"聲紋識別": kg.KindOrganization}, nil},
		{"zh-Hans", "上海的云帆智能则将把亚太总部设在香港。", map[string]kg.Kind{"云帆智能": kg.KindOrganization}, nil},
		{"zh-Hans", "来自杭州的星河数据宣布落户。", map[string]kg.Kind{"星河数据": kg.KindOrganization}, nil},
		{"zh-Hans", "香港的发展前景良好。", nil, []string{"发展前景良好", "发展前景"}},
		{"zh-Hans", "深圳的初创企业则更早开始布局。", nil, []string{"初创企业"}},
		// An industry word before a unit noun names the unit, not the company's name's end.
		{"zh-Hans", "何明曾任英伟达汽车芯片部门工程总监。", map[string]kg.Kind{"英伟达": kg.KindOrganization}, []string{"英伟达汽车"}},
		{"zh-Hant", "她此前任職於比亞迪汽車事業部。", map[string]kg.Kind{"比亞迪": kg.KindOrganization}, []string{"比亞迪汽車"}},
		{"zh-Hans", "她曾在宁德时代能源业务担任主管。", map[string]kg.Kind{"宁德时代": kg.KindOrganization}, nil},
		{"zh-Hans", "公司计划拓展新能源业务。", nil, []string{"新能源", "新"}},
		{"zh-Hans", "比亚迪汽车今年销量上升。", map[string]kg.Kind{"比亚迪汽车": kg.KindOrganization}, nil},
	}
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not)
	}
}

// TestSimplifiedRelationShapes: markets before 市场的拓展 and after 面向, study abroad, membership
// stated with 是…的成员, incubation, passive attraction and a policy paper that proposes a fund,
// each in several wordings; and sentences of the same shape that state no such fact.
func TestSimplifiedRelationShapes(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hans", "云帆物流完成融资。融资资金将用于东南亚和中东市场的拓展。", []string{"TARGETS_MARKET 云帆物流 > 东南亚", "TARGETS_MARKET 云帆物流 > 中东"}, nil},
		{"zh-Hant", "星橋醫療宣布完成A輪融資,所得資金將用於日本市場拓展。", []string{"TARGETS_MARKET 星橋醫療 > 日本"}, nil},
		{"zh-Hans", "星图机器人宣布完成融资。公司产品主要面向内地及欧洲车企。", []string{"TARGETS_MARKET 星图机器人 > 内地", "TARGETS_MARKET 星图机器人 > 欧洲"}, nil},
		{"zh-Hans", "星图机器人完成融资。其产品面向日本及韩国的物流企业。", []string{"TARGETS_MARKET 星图机器人 > 日本", "TARGETS_MARKET 星图机器人 > 韩国"}, nil},
		{"zh-Hant", "該平台面向東南亞中小企。", nil, []string{"TARGETS_MARKET 該平台 > 東南亞"}},
		{"zh-Hans", "云帆物流的创始人李伟毕业后赴剑桥大学攻读博士。", []string{"EDUCATED_AT 李伟 > 剑桥大学"}, nil},
		{"zh-Hant", "行政總裁陳家豪早年赴史丹福大學深造。", []string{"EDUCATED_AT 陳家豪 > 史丹福大學"}, nil},
		{"zh-Hans", "王敏曾在麻省理工学院深造。", []string{"EDUCATED_AT 王敏 > 麻省理工学院"}, []string{"WORKED_AT 王敏 > 麻省理工学院"}},
		{"zh-Hans", "云帆物流也是香港物流科技联盟的创始成员之一。", []string{"MEMBER_OF 云帆物流 > 香港物流科技联盟"}, nil},
		{"zh-Hant", "星橋科技是香港生物科技協會的成員。", []string{"MEMBER_OF 星橋科技 > 香港生物科技協會"}, nil},
		{"zh-Hans", "云帆物流是港投公司的成员企业。", nil, []string{"MEMBER_OF 云帆物流 > 港投公司"}},
		{"zh-Hans", "星图机器人目前在数码港接受培育。", []string{"MEMBER_OF 星图机器人 > 数码港"}, nil},
		{"zh-Hant", "該公司早年於香港科技園接受培育。", nil, nil},
		{"zh-Hans", "量子云图科技此前已被深圳前海管理局引进。", []string{"ATTRACTED 深圳前海管理局 > 量子云图科技"}, nil},
		{"zh-Hant", "星橋科技去年獲投資推廣署引進落戶香港。", []string{"ATTRACTED 投資推廣署 > 星橋科技"}, nil},
		{"zh-Hans", "政府在《2026年施政报告》中提出设立规模50亿元的“未来产业基金”。", []string{"ANNOUNCED 2026年施政报告 > 未来产业基金"}, nil},
		{"zh-Hant", "政府在《2025-26年度財政預算案》中宣布設立「創科加速基金」。", []string{"ANNOUNCED 2025-26年度財政預算案 > 創科加速基金"}, nil},
		{"zh-Hans", "公司在深圳设立研发中心。", nil, []string{"ANNOUNCED 深圳 > 研发中心"}},
		// A counted group of unnamed companies before the cue does what it says, not the subject.
		{"zh-Hans", "投资推广署去年共引进38家重点企业落户香港。", nil, []string{"LOCATED_IN 投资推广署 > 香港"}},
		{"zh-Hant", "數碼港今年吸引逾百間初創進駐數碼港。", nil, []string{"LOCATED_IN 數碼港 > 數碼港"}},
		{"zh-Hans", "科技园公司已协助多家海外企业在港上市。", nil, []string{"LISTED_ON 科技园公司 > 港"}},
		{"zh-Hans", "投资推广署引进的云帆科技落户香港。", []string{"LOCATED_IN 云帆科技 > 香港"}, nil},
		// A new company named in the sentence is the subject of the clause after it.
		{"zh-Hans", "甲乙科技与丙丁半导体合并,新公司定名为星衡微电子,总部位于香港科学园。", []string{"LOCATED_IN 星衡微电子 > 香港科学园"}, []string{"LOCATED_IN 甲乙科技 > 香港科学园"}},
		{"zh-Hant", "兩家公司合併後,新公司命名為宏創科技,總部設於數碼港。", []string{"LOCATED_IN 宏創科技 > 數碼港"}, nil},
		// A wholly owned subsidiary opening a clause belongs to the sentence's subject.
		{"zh-Hans", "云帆科技总部设于香港,全资子公司云帆科技(深圳)有限公司负责研发。", []string{"SUBSIDIARY_OF 云帆科技(深圳)有限公司 > 云帆科技"}, nil},
		{"zh-Hant", "寶恒集團今年業績理想，全資子公司寶恒物流去年上市。", []string{"SUBSIDIARY_OF 寶恒物流 > 寶恒集團"}, nil},
		{"zh-Hans", "星图机器人在上海设厂,旗下全资子公司星图智造宣布扩产。", []string{"SUBSIDIARY_OF 星图智造 > 星图机器人"}, nil},
		// A prize named by its rank stands for the contest named before; 由…获得 names its winners.
		{"zh-Hans", "“2026大湾区创业大赛”昨日落幕。星图科技夺得一等奖;二等奖由云帆科技以及中文大学团队“声纹智能”获得。",
			[]string{"SELECTED_FOR 星图科技 > 2026大湾区创业大赛", "SELECTED_FOR 云帆科技 > 2026大湾区创业大赛", "SELECTED_FOR 声纹智能 > 2026大湾区创业大赛"}, []string{"SELECTED_FOR 中文大学 > 2026大湾区创业大赛"}},
		{"zh-Hant", "「港深創科挑戰賽」今日頒獎。冠軍由星橋科技奪得,亞軍則由宏創科技獲得。",
			[]string{"SELECTED_FOR 星橋科技 > 港深創科挑戰賽", "SELECTED_FOR 宏創科技 > 港深創科挑戰賽"}, nil},
		{"zh-Hans", "星图科技去年荣获金奖。", nil, []string{"SELECTED_FOR 星图科技 > 金奖"}},
		// A plan verb before 在港 (计划/打算/筹备在港设立): 港 is Hong Kong.
		{"zh-Hans", "合肥的星图科技计划在港设立国际总部。", []string{"LOCATED_IN 星图科技 > 港"}, nil},
		{"zh-Hans", "云帆科技正筹备在港设立研发中心。", []string{"LOCATED_IN 云帆科技 > 港"}, nil},
		{"zh-Hant", "星橋科技打算在港設立亞太區總部。", []string{"LOCATED_IN 星橋科技 > 港"}, nil},
		{"zh-Hans", "政府计划在港设立更多孵化器。", nil, []string{"LOCATED_IN 政府 > 港"}},
		// Passive founding: 由甲成立.
		{"zh-Hans", "星图科技去年由港投公司出资成立。", []string{"ESTABLISHED 港投公司 > 星图科技"}, nil},
		{"zh-Hans", "香港人工智能研究院2024年由香港科技园公司设立,主要从事基础研究。", []string{"ESTABLISHED 香港科技园公司 > 香港人工智能研究院"}, nil},
		{"zh-Hant", "香港微電子研發院於去年年初由特區政府成立。", []string{"ESTABLISHED 特區政府 > 香港微電子研發院"}, nil},
		{"zh-Hans", "星图科技由创始人李伟成立。", nil, []string{"ESTABLISHED 李伟 > 星图科技"}},
		{"zh-Hans", "星图科技去年加入了由港投公司牵头成立的“香港机器人产业联盟”。", []string{"ESTABLISHED 港投公司 > 香港机器人产业联盟"}, []string{"ESTABLISHED 港投公司 > 星图科技"}},
		{"zh-Hant", "星橋科技獲得由數碼港設立的「創業投資基金」注資。", nil, []string{"ESTABLISHED 數碼港 > 星橋科技"}},
		// 评为: a status or ranking the company is named to.
		{"zh-Hans", "星图科技去年被评为“国家高新技术企业”。", []string{"SELECTED_FOR 星图科技 > 国家高新技术企业"}, nil},
		{"zh-Hant", "星橋科技今年獲評為「香港最具潛力初創榜」首位。", []string{"SELECTED_FOR 星橋科技 > 香港最具潛力初創榜"}, nil},
		{"zh-Hans", "云帆科技再次被评为“大湾区创新企业50强”。", []string{"SELECTED_FOR 云帆科技 > 大湾区创新企业50强"}, nil},
		{"zh-Hans", "云帆科技被评为行业标杆。", nil, []string{"SELECTED_FOR 云帆科技 > 行业标杆"}},
		// A ceremony stands for the event named before it.
		{"zh-Hans", "“2026亚洲金融科技峰会”今日揭幕。财政司司长陈明出席开幕式并致辞。", []string{"ATTENDED 陈明 > 2026亚洲金融科技峰会"}, nil},
		{"zh-Hant", "「香港創科博覽會」於會展舉行,創新科技及工業局局長李偉出席開幕禮。", []string{"ATTENDED 李偉 > 香港創科博覽會"}, nil},
		{"zh-Hans", "“2026深港创业大赛”落幕,星图科技总裁王敏出席颁奖礼。", []string{"ATTENDED 王敏 > 2026深港创业大赛"}, nil},
		{"zh-Hans", "星图科技总裁王敏出席开幕式。", nil, []string{"ATTENDED 王敏 > 开幕式"}},
		// 双方 in the sentence after a partnership are its two parties.
		{"zh-Hans", "招商局资本与数码港签署战略合作协议。根据协议,双方将共同设立“深港青创基金”。",
			[]string{"ESTABLISHED 招商局资本 > 深港青创基金", "ESTABLISHED 数码港 > 深港青创基金"}, nil},
		{"zh-Hant", "科技園公司與星橋科技簽署合作備忘錄。雙方將共同成立「醫療科技實驗室」。",
			[]string{"ESTABLISHED 科技園公司 > 醫療科技實驗室", "ESTABLISHED 星橋科技 > 醫療科技實驗室"}, nil},
		// A medium that reports what it learnt is no party; a byline's medium may open with digits.
		{"zh-Hans", "文|42章经 记者 李明\n42章经获悉,星图机器人已完成A轮融资。本轮由云岫资本领投。", []string{"WORKED_AT 李明 > 42章经", "INVESTED_IN 云岫资本 > 星图机器人"}, []string{"INVESTED_IN 云岫资本 > 42章经"}},
		{"zh-Hans", "晚点LatePost独家获悉,云帆科技完成新一轮融资,由源码资本领投。", []string{"INVESTED_IN 源码资本 > 云帆科技"}, []string{"INVESTED_IN 源码资本 > 晚点LatePost"}},
		{"zh-Hans", "投资界了解到,星河科技已获得港投公司投资。", nil, []string{"INVESTED_IN 港投公司 > 投资界"}},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang, Known: []Known{{ID: "cyberport", Kind: "ORGANIZATION", Names: []string{"Cyberport", "數碼港", "数码港"}},
			{ID: "hong-kong", Kind: "PLACE", Names: []string{"Hong Kong", "香港"}}}}), c.want, c.not)
	}
}
