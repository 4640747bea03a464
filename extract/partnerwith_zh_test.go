package extract

import "testing"

// 與 and a description before the partner's name, after a time word that keeps the subject
// from reading as a list item (甲昨日與本地初創「乙」簽署). Invented sentences.
func TestPartnerAfterDescribedWith(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星聯物流昨日與本地初創「智運科技」簽署戰略合作備忘錄。", []string{"PARTNERED_WITH 星聯物流 > 智運科技"}},
		{"zh-Hans", "星联物流上周与深圳机器人企业“智运科技”签署合作协议，双方将成立合资公司。", []string{"PARTNERED_WITH 星联物流 > 智运科技"}},
	}, nil)
}
