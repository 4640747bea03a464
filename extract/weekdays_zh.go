package extract

// zhWeekdayWords are days of a week counted from the story's (本周二, 上周五, 周一, 星期三):
// the name finders take them for a name's tail when a date stands between the subject and
// its verb (甲公司本周二在港交所挂牌), so they are trimmed like the other relative dates.
// Longer words come first: wordStartingAt takes the first that matches. A bare 周一 is left
// out: 周 is a surname, and 周一鸣 is a person.
var zhWeekdayWords = weekdayWords()

func weekdayWords() []string {
	var out []string
	for _, week := range []string{"本周", "上周", "下周", "本星期", "上星期", "下星期", "星期"} {
		for _, day := range []string{"一", "二", "三", "四", "五", "六", "日", "天"} {
			out = append(out, week+day)
		}
	}
	return out[:len(out):len(out)] // full: appending to it copies
}
