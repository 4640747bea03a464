package extract

import "testing"

// A title stacked from ranks, functions and titles joined by 兼 still belongs to the
// organisation before it (星匯副主席兼聯席首席投資總監, 前金管局助理總裁). Invented sentences.
func TestTitleChainsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星匯資本（下稱「星匯」）宣布推出新基金。星匯首席投資總監陳大明表示，基金將投資本地初創。",
			[]string{"WORKED_AT 陳大明 > 星匯"}},
		{"zh-Hant", "星匯資本（下稱「星匯」）宣布推出新基金。星匯副主席兼聯席首席投資總監陳大明表示，基金將投資本地初創。",
			[]string{"WORKED_AT 陳大明 > 星匯"}},
		{"zh-Hant", "雲途銀行宣布，委任前金管局助理總裁李美玲為獨立非執行董事。", []string{"WORKED_AT 李美玲 > 金管局"}},
		{"zh-Hans", "港交所高级副总裁陈大文表示，市场稳定。", []string{"WORKED_AT 陈大文 > 港交所"}},
	}, nil)
	for _, g := range []string{"高级", "副主席兼联席首席投资", "前助理", "投资"} {
		if !titleChain(g) {
			t.Errorf("titleChain(%q) = false", g)
		}
	}
	for _, g := range []string{"", "前", "创业培育", "香港分行", "主席的"} {
		if titleChain(g) {
			t.Errorf("titleChain(%q) = true", g)
		}
	}
}
