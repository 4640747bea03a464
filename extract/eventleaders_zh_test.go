package extract

import "testing"

// Who leads a group to an event attends it. Invented sentences.
func TestLeaderAttends(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "今年7月，星辉集团率领8家初创企业参加2026世界人工智能大会。", []string{"ATTENDED 星辉集团 > 2026世界人工智能大会"}},
		{"zh-Hant", "投資推廣署帶領香港代表團出席2026夏季達沃斯論壇。", []string{"ATTENDED 投資推廣署 > 2026夏季達沃斯論壇"}},
	}, nil)
}
