package extract

import "strings"

// A plan its owner disowns in the same breath is no fact: 公司考虑在港交所上市，但“目前没有具体时间表”;
// "the firm is weighing a Nasdaq listing but has no timetable". A plan with a date or a firm
// intention stays (planned facts are facts with status PLANNED).

// planWords say the fact is intended, not done (plannedCues, and weighing it).
var planWords = append([]string{"考虑", "考慮", "計劃", "籌備", "擬", "有意", "探讨", "探討", "研究", "weighing", "considering",
	"exploring", "mulling"}, plannedCues...)

// timetableNouns name the schedule whose absence disowns a plan.
var timetableNouns = []string{"时间表", "時間表", "时间线", "時間線", "timetable", "timeline", "time frame", "timeframe"}

// noTimetableWords deny a schedule just before its noun (没有具体时间表, "no fixed timetable").
var noTimetableWords = []string{"没有", "沒有", "暂无", "暫無", "未有", "尚无", "尚無", "并无", "並無", "no ", "not "}

// untimedPlan reports whether a fact's cue stands in a plan (a plan word before it in its
// clause) that the rest of its sentence says has no timetable, with no other plan between:
// 计划在迪拜设立办事处，并考虑上市，但没有时间表 disowns the listing, not the office.
func untimedPlan(d *doc, p Proposal) bool {
	i := cueAt(d, p)
	si := d.sentenceOf(i)
	if si < 0 || !clauseHeadHas(d, d.sents[si], i, planWords) && !containsAny(textnormFold(p.Trigger), planWords) { // or a cue that spans the plan (于…正筹备赴港上市)
		return false
	}
	rest := []rune(strings.ToLower(string(d.folded[i:min(d.sents[si].end, i+reportReach)])))
	from := min(len(rest), len([]rune(p.Trigger)))
	for k := from; k < len(rest); k++ {
		if wordAt(rest, k, timetableNouns) && deniedSchedule(string(rest[max(0, k-12):k])) {
			return !containsAny(string(rest[from:max(from, k-12)]), planWords)
		}
	}
	return false
}

// deniedSchedule reports whether the text before a timetable noun denies it with nothing of its
// own in between: 没有具体时间表, not 暂无赴港上市的时间表 (the schedule of another plan).
func deniedSchedule(head string) bool {
	at, w := -1, ""
	for _, n := range noTimetableWords {
		if k := strings.LastIndex(head, n); k > at {
			at, w = k, n
		}
	}
	return at >= 0 && !strings.Contains(head[at+len(w):], "的")
}
