package extract

import "testing"

// An investor's role before its name (現有投資者甲, 種子輪投资者乙, 天使投资人丙) opens no name:
// the investor is the name after it. Invented sentences.
func TestInvestorRoleOpensNoName(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "霧嶺科技完成B輪融資，由現有投資者遠瀾資本領投。", []string{"INVESTED_IN 遠瀾資本 > 霧嶺科技"}},
		{"zh-Hans", "雾岭科技完成B轮融资，由种子轮投资者远澜资本领投，新投资者晨曦创投跟投。",
			[]string{"INVESTED_IN 远澜资本 > 雾岭科技", "INVESTED_IN 晨曦创投 > 雾岭科技"}},
	}, nil)
}
