package extract

import "testing"

// An adverb or a verb with 了 between a name and its verb is no part of the name.
func TestWordsAfterNames(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "上市前，云帆智能先后获得启航资本、蓝海创投等机构投资。", []string{"INVESTED_IN 启航资本 > 云帆智能", "INVESTED_IN 蓝海创投 > 云帆智能"}},
		{"zh-Hans", "香港初创星河医疗现场与佛山市南海区人民政府签订落户协议。", []string{"PARTNERED_WITH 星河医疗 > 佛山市南海区人民政府"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "上市前，云帆智能先后获得启航资本、蓝海创投等机构投资。", []string{"INVESTED_IN 启航资本 > 云帆智能先后"}},
		{"zh-Hans", "香港初创星河医疗现场与佛山市南海区人民政府签订落户协议。", []string{"PARTNERED_WITH 星河医疗现场 > 佛山市南海区人民政府"}},
	})
	got := Extract(Input{Text: "創辦人兼行政總裁梁家豪通過兩家公司控制約40%股權。", Language: "zh-Hant"})
	for _, p := range got {
		if p.Kind == KindEntity && p.Entity.Name == "梁家豪通" {
			t.Errorf("梁家豪通過: the name is 梁家豪, got %q", p.Entity.Name)
		}
	}
}

// A kind noun or a headline verb before a name is no part of it.
func TestNameHeads(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "规模5亿元的“湾芯基金”由市属国企南粤科创集团管理。", []string{"MANAGES 南粤科创集团 > 湾芯基金"}},
		{"zh-Hant", "星河集團旗下創投基金海瀾基金領投。", []string{"MANAGES 星河集團 > 海瀾基金"}},
		{"zh-Hans", "对话云帆智能创始人陈一鸣：出海是必答题", []string{"LEADS 陈一鸣 > 云帆智能"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "规模5亿元的“湾芯基金”由市属国企南粤科创集团管理。", []string{"MANAGES 市属国企南粤科创集团 > 湾芯基金"}},
		{"zh-Hans", "对话云帆智能创始人陈一鸣：出海是必答题", []string{"LEADS 陈一鸣 > 话云帆智能"}},
	})
	// A programme's name keeps the kind nouns inside it.
	checkRelCases(t, []relCase{
		{"zh-Hant", "由港大副教授容嘉豪創立的「光譜材料」昨日宣布，獲「大學科技初創企業資助計劃」撥款150萬港元。", []string{"FUNDS 大學科技初創企業資助計劃 > 光譜材料"}},
	}, nil)
}

// Names read across a clause give way; an example opener and a founding clause leave the name
// they describe.
func TestNamesInClauses(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "创始人林一凡曾在云鲸创新负责教育机器人业务。", []string{"WORKED_AT 林一凡 > 云鲸创新"}},
		{"zh-Hant", "已有12個項目成立初創企業。例如由香港大學團隊成立的雲帆微光，去年完成由港投公司領投的A輪融資。",
			[]string{"INVESTED_IN 港投公司 > 雲帆微光"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "创始人林一凡曾在云鲸创新负责教育机器人业务。", []string{"WORKED_AT 林一凡 > 创新负责教育"}},
		{"zh-Hant", "已有12個項目成立初創企業。例如由香港大學團隊成立的雲帆微光，去年完成由港投公司領投的A輪融資。",
			[]string{"INVESTED_IN 港投公司 > 例如"}},
	})
}
