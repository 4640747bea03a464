package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// TestPublicBodies: ministries, provincial departments, Hong Kong departments, councils and
// graduate schools end in words too common to be suffixes everywhere; and the ordinary words
// that end the same way.
func TestPublicBodies(t *testing.T) {
	cases := []struct {
		lang, text string
		want       map[string]kg.Kind
		not        []string
	}{
		{"zh-Hans", "该项目得到农业农村部的专项支持。", map[string]kg.Kind{"农业农村部": kg.KindOrganization}, nil},
		{"zh-Hans", "公司被住房和城乡建设部列为试点单位。", map[string]kg.Kind{"住房和城乡建设部": kg.KindOrganization}, []string{"城乡建设部"}},
		{"zh-Hans", "浙江省经济和信息化厅近日发文支持。", map[string]kg.Kind{"浙江省经济和信息化厅": kg.KindOrganization}, nil},
		{"zh-Hant", "消息由政府統計處於周三公布。", map[string]kg.Kind{"政府統計處": kg.KindOrganization}, nil},
		{"zh-Hant", "議案獲葵青區議會全票通過。", map[string]kg.Kind{"葵青區議會": kg.KindOrganization}, nil},
		{"zh-Hans", "北京大学深圳研究生院与该公司共建实验室。", map[string]kg.Kind{"北京大学深圳研究生院": kg.KindOrganization}, nil},
		// Ordinary words with the same endings.
		{"zh-Hans", "员工在公司餐厅用餐。", nil, []string{"公司餐厅", "餐厅"}},
		{"zh-Hans", "这样做的好处显而易见。", nil, []string{"好处"}},
		{"zh-Hans", "公司已将全部业务迁往深圳。", nil, []string{"全部", "已将全部"}},
		{"zh-Hans", "他此前在算法团队负责测试。", nil, []string{"算法团队"}},
		{"zh-Hans", "他在北京设有办事处。", nil, []string{"办事处"}},
	}
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not)
	}
}

// TestJoinedBodies: 及 or 和 after a bureau's name starts the next body; inside one name it
// still joins two portfolios.
func TestJoinedBodies(t *testing.T) {
	cases := []struct {
		lang, text string
		want       map[string]kg.Kind
		not        []string
	}{
		{"zh-Hant", "報告已呈交運輸署及環境及生態局研究。", map[string]kg.Kind{"運輸署": kg.KindOrganization, "環境及生態局": kg.KindOrganization}, []string{"運輸署及環境及生態局"}},
		{"zh-Hant", "方案會轉交勞工處及保安局跟進。", map[string]kg.Kind{"勞工處": kg.KindOrganization, "保安局": kg.KindOrganization}, nil},
		{"zh-Hans", "文件已提交商务部和财政部审批。", map[string]kg.Kind{"商务部": kg.KindOrganization, "财政部": kg.KindOrganization}, []string{"商务部和财政部"}},
		{"zh-Hant", "商務及經濟發展局今日公布數字。", map[string]kg.Kind{"商務及經濟發展局": kg.KindOrganization}, nil},
	}
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not)
	}
}

// TestEmployerFrames: 在 … and a verb of working frame an employer's name of any shape; a
// place in the same frame is no employer.
func TestEmployerFrames(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hans", "首席技术官王立言此前在小红书负责推荐算法。", []string{"WORKED_AT 王立言 > 小红书"}, nil},
		{"zh-Hans", "联合创始人赵可欣曾在蔚来汽车从事电池研发。", []string{"WORKED_AT 赵可欣 > 蔚来汽车"}, nil},
		{"zh-Hant", "營運總監馬家樂早年在港鐵擔任工程師。", []string{"WORKED_AT 馬家樂 > 港鐵"}, nil},
		{"zh-Hans", "教授周晓岚目前仍在浙江大学任教。", []string{"WORKED_AT 周晓岚 > 浙江大学"}, nil},
		{"zh-Hans", "创始人孙一鸣曾在深圳负责华南区销售。", nil, []string{"WORKED_AT 孙一鸣 > 深圳"}},
		{"zh-Hant", "行政總裁何志遠此前在香港從事金融工作。", nil, []string{"WORKED_AT 何志遠 > 香港"}},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang}), c.want, c.not)
	}
	// The name ends before an adverb of time: 此前 is no part of it.
	checkEntities(t, "zh-Hans", "首席财务官许欣此前任职于普华永道。", map[string]kg.Kind{"许欣": kg.KindPerson}, []string{"许欣此"})
	checkEntities(t, "zh-Hans", "产品总监韩露目前负责海外市场。", map[string]kg.Kind{"韩露": kg.KindPerson}, []string{"韩露目"})
	checkEntities(t, "zh-Hans", "运营总监高原同时兼任董事。", map[string]kg.Kind{"高原": kg.KindPerson}, []string{"高原同"})
}

// TestPassiveAgents: 由 … and an agent's cue at the clause's end name the doer inside and the
// clause's subject as what is done; when the object follows the cue, the active reading stays.
func TestPassiveAgents(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hans", "“星火创业周”由深圳市科技创新局与香港生产力促进局联合主办，福田区人民政府承办。",
			[]string{"ORGANIZED 深圳市科技创新局 > 星火创业周", "ORGANIZED 香港生产力促进局 > 星火创业周", "ORGANIZED 福田区人民政府 > 星火创业周"}, nil},
		{"zh-Hant", "「青苗加速計劃」由香港科技園公司營運。", []string{"OPERATES 香港科技園公司 > 青苗加速計劃"}, nil},
		{"zh-Hant", "「綠芽培育計劃」由恒生銀行全數資助，為期三年。", []string{"FUNDS 恒生銀行 > 綠芽培育計劃"}, nil},
		{"zh-Hans", "同一份文件提出，由工业和信息化部推出为期两年的“智造领航计划”。", []string{"OPERATES 工业和信息化部 > 智造领航计划"}, nil},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang}), c.want, c.not)
	}
}

// TestQuotedAndTitledNames: a quoted name whose last word says what it is (a pilot, a
// platform, a camp, a corridor), and a policy paper's title in 《》 with its short form.
func TestQuotedAndTitledNames(t *testing.T) {
	cases := []struct {
		lang, text string
		want       map[string]kg.Kind
		not        []string
	}{
		{"zh-Hant", "三間初創獲納入「長者科技試點」。", map[string]kg.Kind{"長者科技試點": kg.KindProgramme}, nil},
		{"zh-Hans", "交易所负责运营“绿色债券信息平台”。", map[string]kg.Kind{"绿色债券信息平台": kg.KindProgramme}, nil},
		{"zh-Hant", "公司去年參加了「科創夏令營」。", map[string]kg.Kind{"科創夏令營": kg.KindProgramme}, nil},
		{"zh-Hant", "議員支持發展「東涌物流走廊」。", map[string]kg.Kind{"東涌物流走廊": kg.KindPolicy}, nil},
		{"zh-Hans", "市政府印发《南沙低空经济发展规划》（下称《规划》）。", map[string]kg.Kind{"南沙低空经济发展规划": kg.KindPolicy}, nil},
		{"zh-Hans", "两地联合发布《河套跨境科研用品通关实施细则》。", map[string]kg.Kind{"河套跨境科研用品通关实施细则": kg.KindPolicy}, []string{"河套跨境科研用品通关实施细"}},
		{"zh-Hans", "公司须遵守《上市规则》。", nil, []string{"上市规则"}},
		{"zh-Hant", "他說「呢個平台」好難做。", nil, []string{"呢個平台"}},
	}
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not)
	}
	text := "广州市人民政府印发《南沙低空经济发展规划》（下称《规划》）。"
	checkRels(t, text, Extract(Input{Text: text, Language: "zh-Hans"}), []string{"ANNOUNCED 广州市人民政府 > 南沙低空经济发展规划"}, nil)
}
