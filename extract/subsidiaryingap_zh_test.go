package extract

import "testing"

// A wholly owned subsidiary named inside the gap of 由…管理 is still its owner's. Invented texts.
func TestSubsidiaryInsideGap(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "上市公司德信集團（下稱「德信」）昨日宣布推出新基金。新基金由德信全資附屬公司德信創投管理，投資對象為大灣區企業。",
			[]string{"SUBSIDIARY_OF 德信創投 > 德信"}},
	}, nil)
}
