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
