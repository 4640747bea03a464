package extract

import "testing"

// A sentence that opens with a company's round (甲的A輪融資由乙領投) makes the company the investee.
func TestRoundOwnersZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "港华科技的A轮融资由星河资本领投。", []string{"INVESTED_IN 星河资本 > 港华科技"}},
		{"zh-Hans", "港华科技的3亿元B+轮融资由星河资本领投，天汇创投跟投。", []string{"INVESTED_IN 星河资本 > 港华科技", "INVESTED_IN 天汇创投 > 港华科技"}},
		{"zh-Hant", "港華科技的新一輪融資獲星河資本參與。", []string{"INVESTED_IN 星河資本 > 港華科技"}},
		// The company whose round an investor joins is named between the verb and the round.
		{"zh-Hans", "星河资本领投了澜湾智能5000万元的天使轮融资。", []string{"INVESTED_IN 星河资本 > 澜湾智能"}},
		{"zh-Hant", "泓景今年又參與了香港生物科技公司澄析醫療3億港元的B輪融資，該輪由高瓴領投。", []string{"INVESTED_IN 高瓴 > 澄析醫療"}},
		// 其中，2024年的C輪由甲領投: one of the rounds the sentence before stated.
		{"zh-Hans", "上市前，星澜机器人共完成五轮融资。其中，2024年的C轮由远山资本领投，天汇创投跟投。",
			[]string{"INVESTED_IN 远山资本 > 星澜机器人", "INVESTED_IN 天汇创投 > 星澜机器人"}},
		// 新基金 refers to the fund named before, however many sentences back.
		{"zh-Hans", "远山资本旗下的远山成长基金完成募资。该基金的出资人包括淡马锡。其中，淡马锡在首次关闭时即已认缴。远山资本创始合伙人陈明表示，新基金将重点投资半导体。远山资本成立于2016年。陈明毕业于清华大学。今年6月，原红杉中国投资人王思远加入远山资本。据悉，新基金已完成首批投资：领投上海星舟航天的A轮融资。",
			[]string{"INVESTED_IN 远山成长基金 > 上海星舟航天"}},
	}, nil)
	for _, c := range []struct {
		text string
		want bool
	}{{"甲的A轮融资", true}, {"甲的5000万元天使轮融资", true}, {"甲的融资", true}, {"甲的创始人", false}, {"甲的投资", false}} {
		d := newDoc(Input{Text: c.text, Language: "zh-Hans"})
		if got := roundOwner(d, 1); got != c.want {
			t.Errorf("roundOwner(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A round's label that opens a sentence (C輪由甲領投, B輪融資由甲領投) is no company: the round is
// the one the text just stated, and every investor of the sentence backs the text's company,
// also one named after the round's words (乙跟投).
func TestRoundLabelSubjectZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星河科技去年完成B輪融資。B輪融資由海瀾資本領投，雲峰創投跟投。",
			[]string{"INVESTED_IN 海瀾資本 > 星河科技", "INVESTED_IN 雲峰創投 > 星河科技"}},
		{"zh-Hans", "云图数据成立于2019年，去年完成C轮融资。C轮由海澜资本领投，云峰创投跟投。",
			[]string{"INVESTED_IN 海澜资本 > 云图数据", "INVESTED_IN 云峰创投 > 云图数据"}},
	}, nil)
	checkEntities(t, "zh-Hans", "云图数据去年完成C轮融资。C轮由海澜资本领投。", nil, []string{"C轮"})
}
