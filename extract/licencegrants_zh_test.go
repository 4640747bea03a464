package extract

import "testing"

// A regulator that grants a licence to a company recognises it; a grant of money does not.
// Invented texts.
func TestLicenceGrants(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "【明報】證券及期貨事務監察委員會（證監會）昨日宣布，向「星鏈交易所」（下稱「星鏈」）批出第1類及第7類受規管活動牌照。",
			[]string{"RECOGNIZED_BY 星鏈交易所 > 證券及期貨事務監察委員會"}},
		{"zh-Hans", "香港金融管理局向汇达支付有限公司发出储值支付工具牌照，即日生效。",
			[]string{"RECOGNIZED_BY 汇达支付有限公司 > 香港金融管理局"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "創新科技署昨日向星河科技有限公司批出300萬元資助。", []string{"RECOGNIZED_BY 星河科技有限公司 > 創新科技署"}},
	})
}
