package extract

import "testing"

// TestEventListsAfterEvent: an event named in one sentence and who spoke at it or was among its
// guests listed in the next.
func TestEventListsAfterEvent(t *testing.T) {
	checkRelCases(t, []relCase{
		{"en", "The Asia Logistics Forum was held at AsiaWorld-Expo on Monday. Speakers included Alice Chan and Derek Ho.",
			[]string{"ATTENDED Alice Chan > Asia Logistics Forum", "ATTENDED Derek Ho > Asia Logistics Forum"}},
		{"zh-Hans", "「2025湾区物流科技峰会」昨日在前海举行。出席嘉宾包括深圳市副市长王海明及港投公司总裁陈德明。",
			[]string{"ATTENDED 王海明 > 2025湾区物流科技峰会", "ATTENDED 陈德明 > 2025湾区物流科技峰会"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// No event named: the speakers attend nothing the text names.
		{"en", "Harbour Capital raised a new fund. Speakers included Alice Chan.", []string{"ATTENDED Alice Chan > Harbour Capital"}},
	})
}
