package extract

import "testing"

// TestShareholderListsAfterCompany: a company named in one sentence, its shareholders listed in
// the next after 公司/其 (公司股東包括甲、乙及丙): each invested in the company.
func TestShareholderListsAfterCompany(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆智能成立于2019年，总部位于深圳。公司股东包括红杉中国、高瓴创投及腾讯。",
			[]string{"INVESTED_IN 红杉中国 > 云帆智能", "INVESTED_IN 高瓴创投 > 云帆智能", "INVESTED_IN 腾讯 > 云帆智能"}},
		{"zh-Hant", "晶橋科技成立於2020年。其投資方包括維港投資及李嘉誠基金會。",
			[]string{"INVESTED_IN 維港投資 > 晶橋科技"}},
	}, nil)
}
