package extract

import "testing"

// A sentence set at an event by its opening clause (在「乙」上，): the main clause's subject
// attended. Invented sentences.
func TestEventOpenerZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "10月16日，在前海举行的“2026深港金融科技合作大会”上，香港金融科技企业星桥数字科技有限公司与深圳市前海管理局签署落户协议。",
			[]string{"ATTENDED 星桥数字科技有限公司 > 2026深港金融科技合作大会"}},
		{"zh-Hant", "在「2026亞洲物流峰會」期間，星聯物流有限公司宣布完成A輪融資。", []string{"ATTENDED 星聯物流有限公司 > 2026亞洲物流峰會"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// A government body hosting the signing is no attendee the opener names (a party that
		// signs at an event attends it unless the text says it organised it: signingscenes.go).
		{"zh-Hans", "10月16日，在深圳市前海管理局主办的“2026深港金融科技合作大会”上，深圳市前海管理局与香港金融科技企业星桥数字科技有限公司签署落户协议。",
			[]string{"ATTENDED 深圳市前海管理局 > 2026深港金融科技合作大会"}},
	})
}
