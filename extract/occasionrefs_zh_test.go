package extract

import "testing"

// 在活動上 after the event was named sentences before: the activity is that event; an event's
// kind (論壇, 展覽) at a clause's start is the event of that kind named before. Invented.
func TestActivityAfterAt(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "星联创投8月12日在香港举办“2025星联创新日”，首次披露其投资项目。星联创投成立于2016年，目前管理规模约15亿美元。据介绍，今年3月，星联创投领投了香港机器视觉公司视擎科技的Pre-A轮融资。“香港的优势是科研和国际化。”星联创投合伙人宋立新在活动上说。",
			[]string{"ATTENDED 宋立新 > 2025星联创新日"}},
		// The event named by its kind at a clause's start (論壇在…舉行): the event of that kind named before.
		{"zh-Hant", "「香港—東盟商貿論壇2026」今日開幕。論壇在亞洲國際博覽館舉行，吸引逾800名商界代表參加。",
			[]string{"LOCATED_IN 香港—東盟商貿論壇2026 > 亞洲國際博覽館"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// 大賽 modifying a noun (大賽獲獎項目) is no reference to the contest as a subject.
		{"zh-Hans", "“2025湾区硬科技创新大赛”昨日落幕，香港初创企业深维光子获得一等奖。本届大赛获奖项目将获优先推荐参加“数码港创意微型基金”评审。",
			[]string{"PARTICIPATED_IN 深维光子 > 数码港创意微型基金"}},
	})
}
