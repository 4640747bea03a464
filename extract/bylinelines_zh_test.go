package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A source line under the headline names a bare medium and its reporter.
func TestLineBylines(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星海科技完成A輪融資\n東方日報記者 黃詠欣\n\n星海科技昨日宣布完成融資。", []string{"WORKED_AT 黃詠欣 > 東方日報"}},
		{"zh-Hans", "星海科技完成A轮融资\n界面财经 记者 陈一鸣\n\n星海科技昨日宣布完成融资。", []string{"WORKED_AT 陈一鸣 > 界面财经"}},
		{"zh-Hans", "星海科技完成A轮融资\n钛媒体 文｜王思琪\n\n星海科技昨日宣布完成融资。", []string{"WORKED_AT 王思琪 > 钛媒体"}},
	}, nil)
	checkEntities(t, "zh-Hant", "星海科技獲批資助\n\n政府新聞網\n\n星海科技昨日宣布獲批資助。", map[string]kg.Kind{"政府新聞網": kg.KindOrganization}, nil)
	// The headline itself is no source line, and "this paper" names no medium.
	checkEntities(t, "zh-Hans", "东方网\n星海科技昨日宣布完成融资。", nil, []string{"东方网"})
	for _, text := range []string{"星海科技完成融资\n本报记者 陈一鸣\n\n星海科技昨日宣布完成融资。"} {
		for k := range rels(Extract(Input{Text: text, Language: "zh-Hans"})) {
			if k == "WORKED_AT 陈一鸣 > 本报" {
				t.Errorf("%s: %s", text, k)
			}
		}
	}
}
