package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A quoted name that ends with an occasion word is an event, verbs inside it and an edition
// before it included; generic words alone are none.
func TestQuotedOccasionNames(t *testing.T) {
	checkEntities(t, "zh-Hans", "10月8日，“2026江门（澳门）招商推介会暨项目签约仪式”在澳门举行。",
		map[string]kg.Kind{"2026江门（澳门）招商推介会暨项目签约仪式": kg.KindEvent}, []string{"江门（澳门）招商推介会暨项目"})
	checkEntities(t, "zh-Hant", "該團隊的感測器在「第12屆首爾國際發明展」獲頒銀獎。",
		map[string]kg.Kind{"第12屆首爾國際發明展": kg.KindEvent}, nil)
	checkEntities(t, "zh-Hant", "雙方在「新春團拜典禮」上簽署協議。",
		map[string]kg.Kind{"新春團拜典禮": kg.KindEvent}, nil)
	checkEntities(t, "zh-Hant", "公司獲納入第二批資助項目。", nil, []string{"第二批資助項目"})
}

// 活动 that opens a clause refers to the event just named: no organisation, and the organiser
// in 活动由甲主办 organises that event.
func TestOccasionNounRefersToEvent(t *testing.T) {
	hans := relCase{"zh-Hans", "“2026江门招商推介会”昨日在澳门举行。活动由江门市人民政府主办，澳门江门同乡会协办。",
		[]string{"ORGANIZED 江门市人民政府 > 2026江门招商推介会", "ORGANIZED 澳门江门同乡会 > 2026江门招商推介会"}}
	hant := relCase{"zh-Hant", "「2026江門招商推介會」昨日在澳門舉行。活動由江門市人民政府主辦。", []string{"ORGANIZED 江門市人民政府 > 2026江門招商推介會"}}
	checkRelCases(t, []relCase{hans, hant}, nil)
	checkEntities(t, "zh-Hans", "活动由江门市人民政府主办。", nil, []string{"活动"})
	checkEntities(t, "zh-Hant", "培訓由香港生產力促進局負責。", nil, []string{"培訓"})
}

// An association of people from one place or school keeps the 同 of 同乡/同学 in its name.
func TestAssociationsWithTong(t *testing.T) {
	checkEntities(t, "zh-Hans", "澳门江门同乡会今日宣布新计划。", map[string]kg.Kind{"澳门江门同乡会": kg.KindOrganization}, nil)
	checkEntities(t, "zh-Hant", "香港浙大同學會昨日舉辦晚宴。", map[string]kg.Kind{"香港浙大同學會": kg.KindOrganization}, nil)
}

// An office of the government is named with the government, a verb inside its name or not.
func TestGovernmentOffices(t *testing.T) {
	checkEntities(t, "zh-Hans", "去年香港特区政府引进重点企业办公室主动联系了该公司。",
		map[string]kg.Kind{"香港特区政府引进重点企业办公室": kg.KindOrganization}, []string{"引进重点企业办公室"})
	checkEntities(t, "zh-Hant", "前海管理局與香港特區政府數字政策辦公室簽署合作備忘錄。",
		map[string]kg.Kind{"香港特區政府數字政策辦公室": kg.KindOrganization}, []string{"數字政策辦公室"})
}

// The head of a mainland district or city is named after the title; venues and life insurers
// end with their own suffixes.
func TestLocalHeadsVenuesInsurers(t *testing.T) {
	checkEntities(t, "zh-Hans", "江门市市长黄宇航在会上致辞。", map[string]kg.Kind{"黄宇航": kg.KindPerson}, nil)
	checkEntities(t, "zh-Hant", "南山區區長林嘉穎表示，將加強合作。", map[string]kg.Kind{"林嘉穎": kg.KindPerson}, nil)
	checkEntities(t, "zh-Hans", "展会将在深圳国际会展博览馆举行。", map[string]kg.Kind{"深圳国际会展博览馆": kg.KindFacility}, nil)
	checkEntities(t, "zh-Hant", "基石投資者包括高瓴及友邦人壽。", map[string]kg.Kind{"友邦人壽": kg.KindOrganization}, nil)
}

// Two quoted names joined by 與 before a verb of a pair are two parties, a short 的-modifier
// on the second or not; an item joined to a company before 的 and a pair noun is the other
// party, a city before its brand included.
func TestPairedParties(t *testing.T) {
	quoted := [][3]string{
		{"zh-Hant", "新公司由「港華物流」與東莞的「捷運通」合併而成。", "MERGED_WITH 港華物流 > 捷運通"},
		{"zh-Hans", "“云舟数据”和“星桥智联”签署合作协议。", "PARTNERED_WITH 云舟数据 > 星桥智联"}}
	checkFacts(t, append(quoted, [3]string{"zh-Hans", "此前，星河数据科技与杭州云舟智联的合并方案已终止。", "MERGED_WITH 星河数据科技 > 杭州云舟智联"},
		[3]string{"zh-Hant", "星河數據科技與雲舟智聯的合作已於去年終止。", "PARTNERED_WITH 星河數據科技 > 雲舟智聯"}), nil)
	checkEntities(t, "zh-Hant", "口號「創新」與「合作」成立。", nil, []string{"創新", "合作"})
}

// A listing clause describes the company after it when that name ends the clause; a
// description after it (新能源車企) is none.
func TestListedRelativeHeads(t *testing.T) {
	checkEntities(t, "zh-Hant", "名單包括上月以第18C章上市的星穹量子。", map[string]kg.Kind{"星穹量子": kg.KindOrganization}, nil)
	checkEntities(t, "zh-Hans", "其中包括去年在科创板挂牌的云舟光电，以及两家港企。", map[string]kg.Kind{"云舟光电": kg.KindOrganization}, nil)
	checkEntities(t, "zh-Hant", "去年在港交所上市的新能源車企，股價下跌。", nil, []string{"新能源車企"})
	checkEntities(t, "zh-Hans", "已上市的星穹量子股价上涨。", nil, []string{"星穹量子股价上涨"})
}

// A kind noun that opens a clause, bare or after 该, is the thing just named in full with
// that ending: 基金由甲管理 is about the fund named before.
func TestKindNounRefs(t *testing.T) {
	checks := [][3]string{{"zh-Hant", "星河資本與香港浸會大學攜手成立「浸大創科基金」，規模達3億港元。基金由星河資本負責管理。", "MANAGES 星河資本 > 浸大創科基金"}}
	checks = append(checks, [3]string{"zh-Hans", "云舟科技与香港浸会大学成立“浸大创科基金”。该基金由云舟科技负责管理。", "MANAGES 云舟科技 > 浸大创科基金"})
	checkFacts(t, checks, nil)
	checkEntities(t, "zh-Hans", "基金由云舟科技负责管理。", nil, []string{"基金"})
}

// A kind noun that owns the clause's subject (基金今年的投資重點) is no subject itself.
func TestKindNounPossessor(t *testing.T) {
	checkFacts(t, nil, [][3]string{{"zh-Hant", "星河創投基金成立於2015年。基金今年的投資重點將放在金融科技及Web3領域。", "INVESTED_IN 星河創投基金 > Web3"}})
}

// A report's 称 opens the reported clause: the name before 亦参与 is a company's.
func TestReportedClauseSubjects(t *testing.T) {
	checkEntities(t, "zh-Hans", "此前有市场消息称红杉海棠亦参与本轮融资，公司回应称并不属实。", map[string]kg.Kind{"红杉海棠": kg.KindOrganization}, nil)
	checkEntities(t, "zh-Hant", "有報道稱星橋創投亦參與本輪融資。", map[string]kg.Kind{"星橋創投": kg.KindOrganization}, []string{"有報道稱星橋創投"})
}

// A medium before 记者 is named even when it holds 每日 or opens with an ordinal that counts
// nothing (第一财经); a counted ordinal (第三代, 第二批) names nothing.
func TestMediaBeforeReporter(t *testing.T) {
	checkFacts(t, [][3]string{{"zh-Hans", "每日商讯记者 | 林可欣\n\n深圳企业“云舟智造”完成融资。", "WORKED_AT 林可欣 > 每日商讯"}}, nil)
	checkEntities(t, "zh-Hans", "第一财讯记者｜林可欣\n\n正文。", map[string]kg.Kind{"第一财讯": kg.KindOrganization}, nil)
	checkEntities(t, "zh-Hant", "研究院獲認定為第三代半導體技術中心。", nil, []string{"第三代半導體技術中心"})
}

// A joint verb after a name (联合, 携手, 联手) joins a partner: neither name swallows the other,
// and the partner before the act (推出, 发布) is named; a joint lab keeps its name.
func TestJointVerbsBetweenNames(t *testing.T) {
	checkEntities(t, "zh-Hans", "云舟能源联合香港氢能协会发布白皮书。",
		map[string]kg.Kind{"云舟能源": kg.KindOrganization, "香港氢能协会": kg.KindOrganization}, []string{"云舟能源联合香港氢能协会"})
	checkEntities(t, "zh-Hant", "香港科技園公司聯合星河數據發布白皮書。",
		map[string]kg.Kind{"香港科技園公司": kg.KindOrganization, "星河數據": kg.KindOrganization}, []string{"聯合星河數據"})
	checkFacts(t, [][3]string{{"zh-Hans", "香港科技园公司携手星河数据推出新计划。", "PARTNERED_WITH 香港科技园公司 > 星河数据"}}, nil)
	checkEntities(t, "zh-Hans", "商汤科技联合实验室今日揭幕。", nil, []string{"实验室"})
}

// A company named before 的 and a title that introduces a person is named, and the person
// holds the post at it; a common noun there (公司的创办人) names nothing.
func TestCompanyBeforePossessiveTitle(t *testing.T) {
	checkFacts(t, [][3]string{{"zh-Hans", "云舟智算的创办人陈志远毕业于清华大学。", "LEADS 陈志远 > 云舟智算"}}, nil)
	checkEntities(t, "zh-Hant", "據悉，雲舟智算的聯合創辦人林曉棠曾任職於優必選。", map[string]kg.Kind{"雲舟智算": kg.KindOrganization}, nil)
	checkEntities(t, "zh-Hans", "公司的创办人陈志远毕业于清华大学。", nil, []string{"公司"})
}

// A move to an employer before a verb of work names the employer (再轉到甲負責…).
func TestMovedToEmployer(t *testing.T) {
	checkEntities(t, "zh-Hant", "她回港後加入高盛三年，再轉到雲舟支付負責產品開發。", map[string]kg.Kind{"雲舟支付": kg.KindOrganization}, nil)
	checkEntities(t, "zh-Hans", "他去年跳槽至星河数据担任技术总监。", map[string]kg.Kind{"星河数据": kg.KindOrganization}, nil)
}

// A short name given in a clause of its own after the full name (，简称甲，) is the same
// organisation wherever it stands.
func TestClauseAliases(t *testing.T) {
	checkFacts(t, [][3]string{
		{"zh-Hans", "深圳市云舟动力科技有限公司，简称云舟动力，今日宣布完成融资。云舟动力总部位于深圳。", "LOCATED_IN 云舟动力 > 深圳"},
		{"zh-Hant", "雲舟動力科技有限公司，下稱「雲舟」，今日宣布完成融資。雲舟總部位於深圳。", "LOCATED_IN 雲舟 > 深圳"}}, nil)
	for _, p := range Extract(Input{Text: "深圳市云舟动力科技有限公司，简称云舟动力，今日宣布完成融资。云舟动力总部位于深圳。", Language: "zh-Hans"}) {
		if p.Kind == KindEntity && p.Entity.Name == "云舟动力" {
			t.Errorf("the short name is proposed as an entity of its own")
		}
		if r := p.Relationship; r != nil && r.Type == "LOCATED_IN" && r.From.EntityKey != "e:深圳市云舟动力科技有限公司" {
			t.Errorf("LOCATED_IN from %+v, want the full name's entity", r.From)
		}
	}
}

// A company named before a function word and a company-level title keeps the word (云舟数据
// 董事长: 数据 is no data department); its "side" (方面) is no part of its name; "no plan yet"
// (暂无上市计划) names no programme.
func TestCompanyHeadsAndSides(t *testing.T) {
	checkFacts(t, [][3]string{{"zh-Hans", "云舟数据董事长兼总经理陈志远表示，公司将扩大团队。", "LEADS 陈志远 > 云舟数据"}}, nil)
	checkFacts(t, [][3]string{{"zh-Hant", "陳志遠（雲舟數據創辦人）表示看好市場。", "LEADS 陳志遠 > 雲舟數據"}}, nil)
	checkEntities(t, "zh-Hans", "云舟数据方面表示，暂无上市计划。", map[string]kg.Kind{"云舟数据": kg.KindOrganization}, []string{"云舟数据方面", "暂无上市计划"})
	checkFacts(t, [][3]string{{"zh-Hans", "台积电研发总监李明表示看好。", "LEADS 李明 > 台积电"}}, nil)
}

// A Latin C-suite title right before a Chinese name introduces the person, as a Chinese title
// does; 据 (according to) opens no company's name.
func TestLatinTitlesInChinese(t *testing.T) {
	checkFacts(t, [][3]string{
		{"zh-Hans", "云舟数据CEO陈志远表示，公司将扩大团队。", "LEADS 陈志远 > 云舟数据"},
		{"zh-Hans", "据云舟数据CTO林晓棠介绍，新产品下月推出。", "LEADS 林晓棠 > 云舟数据"}}, nil)
	checkEntities(t, "zh-Hant", "雲舟數據CEO陳志遠表示，公司將擴大團隊。", map[string]kg.Kind{"陳志遠": kg.KindPerson}, nil)
	checkEntities(t, "zh-Hans", "据云舟数据CTO林晓棠介绍，新产品下月推出。", nil, []string{"据云舟数据"})
}
