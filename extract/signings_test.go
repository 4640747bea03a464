package extract

import "testing"

// A signing set at an event names no party: both partners of the partnership stated in the
// sentence before attend the event. Invented sentences.
func TestSigningAtEvent(t *testing.T) {
	both := func(a, b, e string) []string {
		return []string{"ATTENDED " + a + " > " + e, "ATTENDED " + b + " > " + e}
	}
	checkRelCases(t, []relCase{
		{"zh-Hant", "星聯物流昨日與本地初創「智運科技」簽署戰略合作備忘錄。簽署儀式在香港物流協會主辦的「2026亞洲物流峰會」上舉行。",
			both("星聯物流", "智運科技", "2026亞洲物流峰會")},
		{"zh-Hans", "星联物流与“智运科技”签署战略合作备忘录。签约仪式在“2026亚洲物流峰会”上举行。", both("星联物流", "智运科技", "2026亚洲物流峰会")},
		{"en", "Starlink Logistics signed a memorandum of understanding with Zhiyun Technology on Monday. The agreement was signed at the Asia Logistics Summit 2026.",
			both("Starlink Logistics", "Zhiyun Technology", "Asia Logistics Summit 2026")},
	}, nil)
	checkRelAbsent(t, []relCase{
		// No partnership before: the signing's parties are unknown.
		{"en", "Starlink Logistics opened a warehouse in Tsing Yi. The signing took place at the Asia Logistics Summit 2026.",
			[]string{"ATTENDED Starlink Logistics > Asia Logistics Summit 2026"}},
	})
}
