package extract

import "testing"

// A school's graduates named after it, and a school's team led by a professor. Invented sentences.
func TestAlumniAndTeamsEn(t *testing.T) {
	checkRelCases(t, []relCase{
		{"en", "EcoLeaf Biotech, a Tai Po company founded last year by City University of Hong Kong graduates Chloe Ma and Samuel Ho, won a grant.",
			[]string{"EDUCATED_AT Chloe Ma > City University of Hong Kong", "EDUCATED_AT Samuel Ho > City University of Hong Kong"}},
		{"en", "The project is run by a Hong Kong University of Science and Technology team led by Professor Helen Kwok.",
			[]string{"WORKED_AT Helen Kwok > Hong Kong University of Science and Technology"}},
	}, nil)
}

// 全資子公司 without 的 between the parent and the subsidiary. Invented sentence.
func TestWhollyOwnedWithoutDe(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "根据协议，星河大学通过全资子公司深圳星河资产管理有限公司持有星锂新能源约20%股份。",
			[]string{"SUBSIDIARY_OF 深圳星河资产管理有限公司 > 星河大学"}},
	}, nil)
}
