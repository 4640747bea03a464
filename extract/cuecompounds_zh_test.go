package extract

import (
	"strings"
	"testing"
)

// A cue's verb that opens a compound noun (投資機會, 上市科) states no act.
func TestCueCompoundsZh(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "星橋科技董事會新增一名獨立非執行董事，即前港交所上市科主管陳美玲。", []string{"LISTED_ON 星橋科技 > 港交所"}},
		{"zh-Hans", "星桥科技聘请前港交所上市委员会成员陈美玲为顾问。", []string{"LISTED_ON 星桥科技 > 港交所"}},
	})
	for _, text := range []string{"港投公司與藍田資本簽訂合作框架，探討共同投資機會。", "藍田資本表示會與海瀾創投探討共同投資機會。"} {
		for k := range rels(Extract(Input{Text: text, Language: "zh-Hant"})) {
			if strings.HasPrefix(k, "INVESTED_IN ") {
				t.Errorf("%s: unexpected %s", text, k)
			}
		}
	}
	checkRelCases(t, []relCase{
		{"zh-Hant", "星橋科技去年在港交所上市。", []string{"LISTED_ON 星橋科技 > 港交所"}},
		{"zh-Hant", "藍田資本投資了星橋科技。", []string{"INVESTED_IN 藍田資本 > 星橋科技"}},
	}, nil)
}
