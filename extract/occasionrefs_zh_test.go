package extract

import "testing"

// 在活動上 after the event was named sentences before: the activity is that event. Invented.
func TestActivityAfterAt(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "星联创投8月12日在香港举办“2025星联创新日”，首次披露其投资项目。星联创投成立于2016年，目前管理规模约15亿美元。据介绍，今年3月，星联创投领投了香港机器视觉公司视擎科技的Pre-A轮融资。“香港的优势是科研和国际化。”星联创投合伙人宋立新在活动上说。",
			[]string{"ATTENDED 宋立新 > 2025星联创新日"}},
	}, nil)
}
