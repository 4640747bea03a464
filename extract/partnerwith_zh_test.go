package extract

import "testing"

// 與 and a description before the partner's name, after a time word that keeps the subject
// from reading as a list item (甲昨日與本地初創「乙」簽署); the partner's defined short form
// before the cue. Invented sentences.
func TestPartnerAfterDescribedWith(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星聯物流昨日與本地初創「智運科技」簽署戰略合作備忘錄。", []string{"PARTNERED_WITH 星聯物流 > 智運科技"}},
		{"zh-Hans", "星联物流上周与深圳机器人企业“智运科技”签署合作协议，双方将成立合资公司。", []string{"PARTNERED_WITH 星联物流 > 智运科技"}},
		// The partner's defined short form in brackets stands between it and the cue.
		{"zh-Hans", "12月8日，星河大学深圳研究院与初创企业绿川循环（深圳）科技有限公司（下称“绿川循环”）签署专利许可协议。",
			[]string{"PARTNERED_WITH 星河大学深圳研究院 > 绿川循环（深圳）科技有限公司"}},
		{"zh-Hans", "5月19日，星河科技大学与深圳星锂新能源科技有限公司（下称\"星锂新能源\"）在深圳签署专利作价入股协议。",
			[]string{"PARTNERED_WITH 星河科技大学 > 深圳星锂新能源科技有限公司"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// The agreement signed is no party.
		{"zh-Hans", "5月19日，星河科技大学与深圳星锂新能源科技有限公司（下称\"星锂新能源\"）在深圳签署专利作价入股协议。",
			[]string{"PARTNERED_WITH 星河科技大学 > 协议", "INVESTED_IN 星河科技大学 > 协议"}},
	})
}
