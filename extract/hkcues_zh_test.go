package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Main shareholders invest in the company; an award handed over by its organiser is won; a
// company admitted to a regulator's sandbox takes part in it, and the regulator runs it.
func TestHongKongFramesZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "海瀾科技主要股東包括藍田創投及啟航資本。", []string{"INVESTED_IN 藍田創投 > 海瀾科技", "INVESTED_IN 啟航資本 > 海瀾科技"}},
		{"zh-Hant", "消息公布後股價上升。海瀾科技主要股東為藍田創投。", []string{"INVESTED_IN 藍田創投 > 海瀾科技"}},
		{"zh-Hant", "海瀾科技於今年初獲數碼港頒發「最佳初創大獎」。", []string{"SELECTED_FOR 海瀾科技 > 最佳初創大獎"}},
		{"zh-Hant", "海瀾科技去年獲香港金融管理局納入金融科技監管沙盒。", []string{"PARTICIPATED_IN 海瀾科技 > 金融科技監管沙盒", "OPERATES 香港金融管理局 > 金融科技監管沙盒"}},
	}, nil)
	checkEntities(t, "zh-Hant", "公司獲香港金融管理局納入金融科技監管沙盒。",
		map[string]kg.Kind{"香港金融管理局": kg.KindOrganization, "金融科技監管沙盒": kg.KindProgramme}, []string{"香港金融管理局納入金融科技"})
}

// A licensing deal partners two companies; a business line (國際業務, 數碼業務) between an
// employer and a title is a unit of the employer; a head of unit works there; a faculty named
// by its field alone (醫學院) is no organisation of its own.
func TestBusinessLinesAndFacultiesZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "康寧生物與瑞士藥企諾華達成授權協議。", []string{"PARTNERED_WITH 康寧生物 > 諾華"}},
		{"zh-Hant", "前滙豐銀行零售業務總經理何美儀表示，看好前景。", []string{"WORKED_AT 何美儀 > 滙豐銀行"}},
		{"zh-Hant", "東亞銀行數碼業務主管張家豪表示，銀行會考慮投資。", []string{"WORKED_AT 張家豪 > 東亞銀行"}},
		{"zh-Hant", "香港大學的研究平台由醫學院教授陳志明領導，其初創「康明生物」已完成由藍田創投領投的A輪融資。", []string{"INVESTED_IN 藍田創投 > 康明生物"}},
	}, nil)
}

// A partner after 與 may be described first by its place, ownership, field and a group noun.
func TestDescribedPartnersZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "康寧科技計劃明年進軍泰國，並已與曼谷私營醫療集團Siam Care簽署合作備忘錄。", []string{"PARTNERED_WITH 康寧科技 > Siam Care"}},
	}, nil)
}

// A sentence opening with 基金由 speaks of the fund just named; becoming its (largest) limited
// partner funds it; "largest" and the capacity one takes part in (身份) open no name.
func TestFundPartnersZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "藍田成長基金完成首輪募資。基金由香港創投機構藍田資本管理。", []string{"MANAGES 藍田資本 > 藍田成長基金"}},
		{"zh-Hant", "藍田成長基金完成募資，其中泓景家族辦公室出資2億港元，成為最大有限合夥人。", []string{"FUNDS 泓景家族辦公室 > 藍田成長基金"}},
	}, nil)
	for _, text := range []string{"泓景家族辦公室成為最大有限合夥人。", "海瀾集團亦以基石投資者身份參與。"} {
		checkEntities(t, "zh-Hant", text, nil, []string{"最大有限", "身份"})
	}
}

// A region that sums up a list of markets after 等 is a market too; an invention show is an event.
func TestSummingRegionsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "康寧科技明年將拓展至越南及泰國等東南亞市場。", []string{"TARGETS_MARKET 康寧科技 > 越南", "TARGETS_MARKET 康寧科技 > 東南亞"}},
	}, nil)
	checkEntities(t, "zh-Hant", "團隊出席了在首爾舉行的首爾國際女性發明展。", map[string]kg.Kind{"首爾國際女性發明展": kg.KindEvent}, nil)
}

// An investor's kind (天使投資人) before the next co-investor does not break the list.
func TestCoInvestorKindsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "康寧科技完成A輪融資，由藍田創投領投，海瀾資本及天使投資人何志明跟投。",
			[]string{"INVESTED_IN 海瀾資本 > 康寧科技", "INVESTED_IN 何志明 > 康寧科技"}},
	}, nil)
}

// A place before a short Chinese description of a name in Latin letters says where it is.
func TestPlacedLatinNamesZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "計劃由科學園營運，並與東京加速器Sakura Labs合辦。", []string{"LOCATED_IN Sakura Labs > 東京"}},
		{"zh-Hant", "康寧科技已與曼谷私營醫療集團Siam Care簽署合作備忘錄。", []string{"LOCATED_IN Siam Care > 曼谷"}},
	}, nil)
}

// A sentence that presents one company with a copula (焦點之一是…「乙」) makes it the company a
// bare title in the next sentence belongs to, however often the article names another.
func TestPresentedCompanyZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星河數碼加速器路演 18間初創參與\n\n星河數碼昨日舉行第三屆「星河全球加速器計劃」路演日，18間參與計劃的初創企業向逾200名投資者路演。計劃由星河數碼營運，並與新加坡的藍海資本合辦。\n\n今屆焦點之一是專注物流自動化的本地初創「速倉寶」。創辦人兼行政總裁何志明曾任職利豐十年。",
			[]string{"LEADS 何志明 > 速倉寶"}},
	}, nil)
}
