package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A dispatch line (medium, city, date, 电/讯, reporter in brackets) names the medium and its
// reporter; 本报讯 names no medium.
func TestDispatchBylines(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "深圳出台新政\n\n人民网深圳4月3日电（记者 韩雪）深圳市政府今日发布支持机器人产业的措施。", []string{"WORKED_AT 韩雪 > 人民网"}},
		{"zh-Hans", "财联社11月2日讯（记者吴可欣）星河科技宣布完成B轮融资。", []string{"WORKED_AT 吴可欣 > 财联社"}},
		{"zh-Hans", "中新社北京电 (记者 马立) 国家统计局今日公布数据。", []string{"WORKED_AT 马立 > 中新社"}},
		{"zh-Hant", "中通社香港3月5日電（記者 馬立）特區政府今日公布數據。", []string{"WORKED_AT 馬立 > 中通社"}},
	}, nil)
	checkEntities(t, "zh-Hans", "本报讯（记者 韩雪）深圳市政府今日发布措施。", map[string]kg.Kind{"韩雪": kg.KindPerson}, []string{"本报"})
}

// A byline on the line under a headline: a name may start at a line's start.
func TestBylineUnderHeadline(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "星河科技获5亿元融资\n\n每经新闻记者 | 韩雪\n\n星河科技近日宣布完成融资。", []string{"WORKED_AT 韩雪 > 每经新闻"}},
		{"zh-Hans", "星河科技获5亿元融资\n\n华夏财经记者 吴可欣\n\n星河科技近日宣布完成融资。", []string{"WORKED_AT 吴可欣 > 华夏财经"}},
		{"zh-Hant", "星河科技獲5億港元融資\n\n港聞財經記者 | 吳可欣\n\n星河科技昨日宣布完成融資。", []string{"WORKED_AT 吳可欣 > 港聞財經"}},
	}, nil)
}

// A mainland body's name joins two portfolios with 和 after its province or city; 和 between a
// company and a body still joins two names.
func TestMainlandJoinedPortfolios(t *testing.T) {
	checkEntities(t, "zh-Hans", "活动由江苏省发展和改革委员会主办，苏州市商务局协办。",
		map[string]kg.Kind{"江苏省发展和改革委员会": kg.KindOrganization}, []string{"改革委员会", "江苏省发展"})
	checkEntities(t, "zh-Hans", "杭州市经济和信息化委员会副主任王立出席。",
		map[string]kg.Kind{"杭州市经济和信息化委员会": kg.KindOrganization}, []string{"信息化委员会"})
	checkEntities(t, "zh-Hans", "星河科技有限公司和深圳市发展和改革委员会签署协议。",
		map[string]kg.Kind{"星河科技有限公司": kg.KindOrganization, "深圳市发展和改革委员会": kg.KindOrganization}, nil)
}
