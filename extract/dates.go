package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// dateExpr is a date the text states, resolved to ISO 8601 (partial allowed).
type dateExpr struct {
	start, end int
	iso        string
	note       string // how a relative date was resolved; "" for an absolute one
}

// published is the document's date split into parts (0 when unknown).
type published struct{ y, m, d int }

func parsePublished(s string) published {
	var p published
	parts := strings.Split(s, "-")
	if len(parts) > 0 {
		p.y, _ = strconv.Atoi(parts[0])
	}
	if len(parts) > 1 {
		p.m, _ = strconv.Atoi(parts[1])
	}
	if len(parts) > 2 {
		p.d, _ = strconv.Atoi(parts[2])
	}
	if p.y < 1900 || p.y > 2200 || p.m < 0 || p.m > 12 || p.d < 0 || p.d > 31 {
		return published{}
	}
	return p
}

func (p published) String() string {
	switch {
	case p.d > 0:
		return fmt.Sprintf("%04d-%02d-%02d", p.y, p.m, p.d)
	case p.m > 0:
		return fmt.Sprintf("%04d-%02d", p.y, p.m)
	case p.y > 0:
		return fmt.Sprintf("%04d", p.y)
	}
	return ""
}

func ymd(y, m, d int) string {
	switch {
	case d > 0:
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case m > 0:
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	return fmt.Sprintf("%04d", y)
}

// shiftDays moves a full date by n days.
func shiftDays(p published, n int) string {
	t := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return t.Format("2006-01-02")
}

func shiftMonths(p published, n int) string {
	t := time.Date(p.y, time.Month(p.m), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
	return t.Format("2006-01")
}

var enMonths = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
	"apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

// findDates reads the dates in sentence s. before are the document's earlier dates, oldest
// first, for 同月/同日/翌年.
func findDates(d *doc, s span, pub published, before []dateExpr) []dateExpr {
	var out []dateExpr
	f := d.folded
	note := func(expr string, iso string) string {
		return fmt.Sprintf("%s resolved against the publication date (%s) → %s", expr, pub, iso)
	}
	for i := s.start; i < s.end; i++ {
		// Absolute Chinese: 2024年3月5日, 2024年3月, 2024年.
		if isDigit(f[i]) && (i == s.start || !isDigit(f[i-1])) {
			y, j := readInt(f, i, s.end)
			if j-i == 4 && hasPrefixAt(f, j, "年") && y >= 1950 && y <= 2100 {
				e := j + 1
				m, d2 := 0, 0
				if mm, k := readInt(f, e, s.end); k > e && hasPrefixAt(f, k, "月") && mm >= 1 && mm <= 12 {
					m, e = mm, k+1
					if dd, k2 := readInt(f, e, s.end); k2 > e && (hasPrefixAt(f, k2, "日") || hasPrefixAt(f, k2, "号")) && dd >= 1 && dd <= 31 {
						d2, e = dd, k2+1
					}
				}
				if hasPrefixAt(f, e, "至") || hasPrefixAt(f, e, "—") || hasPrefixAt(f, e, "-") {
					// A span of years (2023—2024年): take the start.
				}
				out = append(out, dateExpr{start: i, end: e, iso: ymd(y, m, d2)})
				i = e - 1
				continue
			}
			// Month without a year: 9月10日, 3月 → the publication year (the year before when
			// the month is after the publication month).
			if m := y; j > i && j-i <= 2 && hasPrefixAt(f, j, "月") && m >= 1 && m <= 12 && pub.y > 0 {
				e := j + 1
				d2 := 0
				if dd, k := readInt(f, e, s.end); k > e && (hasPrefixAt(f, k, "日") || hasPrefixAt(f, k, "号")) && dd >= 1 && dd <= 31 {
					d2, e = dd, k+1
				}
				yr := pub.y
				prefix := ""
				for _, p := range []struct {
					w  string
					dy int
				}{{"今年", 0}, {"去年", -1}, {"明年", 1}, {"本年", 0}} {
					if hasSuffixAt(f, i, p.w) {
						yr, prefix = pub.y+p.dy, p.w
					}
				}
				if prefix == "" && pub.m > 0 && m > pub.m && !takesEffect(f, i, e) && !futureBefore(f, i) {
					yr--
				}
				iso := ymd(yr, m, d2)
				st := i - len([]rune(prefix))
				out = append(out, dateExpr{start: st, end: e, iso: iso, note: note(string(d.runes[st:e]), iso)})
				i = e - 1
				continue
			}
		}
		// A month in Chinese numerals: 今年一月, 去年十二月, 六月二十日.
		if x, ok := zhNumeralMonth(f, i, s.end, pub); ok {
			x.note = note(string(d.runes[x.start:x.end]), x.iso)
			out = append(out, x)
			i = x.end - 1
			continue
		}
		// Relative words.
		// 2020年成立，翌年…: the sentence's own earlier dates count too.
		if rel, ok := relativeDate(f, i, pub, before, out); ok {
			rel.note = note(string(d.runes[rel.start:rel.end]), rel.iso)
			out = append(out, rel)
			i = rel.end - 1
			continue
		}
		// English: "in March", "March 10, 2024", "10 March 2024", "in 2021".
		if isLatinLetter(f[i]) && (i == s.start || !isLatinLetter(f[i-1])) {
			j := i
			for j < s.end && isLatinLetter(f[j]) {
				j++
			}
			w := string(f[i:j])
			if m, ok := enMonths[w]; ok && len(w) >= 3 && (w != "may" || d.runes[i] == 'M') {
				e := j
				y, d2 := 0, 0
				if hasPrefixAt(f, e, " ") {
					if dd, k := readInt(f, e+1, s.end); k > e+1 && k-e-1 <= 2 {
						d2, e = dd, k
					}
				}
				if hasPrefixAt(f, e, ", ") || hasPrefixAt(f, e, " ") {
					k0 := e + 1
					if f[e] == ',' {
						k0 = e + 2
					}
					if yy, k := readInt(f, k0, s.end); k-k0 == 4 {
						y, e = yy, k
					}
				}
				if dd, k := readIntBefore(f, i-1); d2 == 0 && dd > 0 && dd <= 31 && k >= s.start {
					d2 = dd
					i = k
				}
				iso, nt := "", ""
				if y > 0 {
					iso = ymd(y, m, d2)
				} else if pub.y > 0 {
					yr := pub.y
					if pub.m > 0 && m > pub.m && !takesEffect(f, i, e) {
						yr--
					}
					iso = ymd(yr, m, d2)
					nt = note(string(d.runes[i:e]), iso)
				}
				if iso != "" {
					out = append(out, dateExpr{start: i, end: e, iso: iso, note: nt})
				}
				i = e - 1
				continue
			}
			if (w == "in" || w == "of") && j+5 <= s.end && f[j] == ' ' { // in 2021, the first half of 2026
				if yy, k := readInt(f, j+1, s.end); k-j-1 == 4 && yy >= 1950 && yy <= 2100 {
					out = append(out, dateExpr{start: j + 1, end: k, iso: ymd(yy, 0, 0)})
					i = k - 1
					continue
				}
			}
			i = j - 1
		}
	}
	return out
}

func readInt(f []rune, i, limit int) (int, int) {
	j := i
	for j < limit && j < len(f) && isDigit(f[j]) {
		j++
	}
	if j == i {
		return 0, i
	}
	v, _ := strconv.Atoi(string(f[i:j]))
	return v, j
}

// readIntBefore reads "10 " ending at i (the space): "10 March".
func readIntBefore(f []rune, i int) (int, int) {
	if i < 1 || f[i] != ' ' {
		return 0, -1
	}
	j := i
	for j > 0 && isDigit(f[j-1]) {
		j--
	}
	if j == i || i-j > 2 {
		return 0, -1
	}
	v, _ := strconv.Atoi(string(f[j:i]))
	return v, j
}

// relativeDate reads 今年, 去年, 上月, 昨日, 同月, last year, yesterday … at i.
func relativeDate(f []rune, i int, pub published, before, here []dateExpr) (dateExpr, bool) {
	type rel struct {
		w    string
		kind string // y, m, d: the unit shifted; s: same as the last date
		n    int
	}
	rels := []rel{{"今年", "y", 0}, {"本年", "y", 0}, {"去年", "y", -1}, {"上年", "y", -1}, {"前年", "y", -2}, {"明年", "y", 1},
		{"本月", "m", 0}, {"上月", "m", -1}, {"上个月", "m", -1}, {"下月", "m", 1}, {"下个月", "m", 1},
		{"今日", "d", 0}, {"今天", "d", 0}, {"昨日", "d", -1}, {"昨天", "d", -1}, {"前日", "d", -2}, {"前天", "d", -2},
		{"同月", "s", 0}, {"同日", "s", 0}, {"同年", "s", 0}, {"当日", "s", 0}, {"当月", "s", 0},
		{"翌年", "n", 1}, {"次年", "n", 1}, {"the following year", "n", 1}, {"a year later", "n", 1},
		{"this year", "y", 0}, {"last year", "y", -1}, {"next year", "y", 1}, {"this month", "m", 0},
		{"last month", "m", -1}, {"next month", "m", 1}, {"today", "d", 0}, {"yesterday", "d", -1},
		{"earlier this year", "y", 0}, {"the same month", "s", 0}, {"the same day", "s", 0}}
	for _, r := range rels {
		if !hasPrefixAt(f, i, r.w) {
			continue
		}
		e := i + len([]rune(r.w))
		if isLatinLetter(rune(r.w[0])) && (isLatinLetter(at2(f, i-1)) || isLatinLetter(at2(f, e))) {
			continue
		}
		if r.kind == "y" && (isDigit(at2(f, e)) || zhDigits[at2(f, e)] > 0) {
			return dateExpr{}, false // 今年3月: read as a month
		}
		x := dateExpr{start: i, end: e}
		switch r.kind {
		case "y":
			if pub.y == 0 {
				return dateExpr{}, false
			}
			x.iso = ymd(pub.y+r.n, 0, 0)
		case "m":
			if pub.m == 0 {
				return dateExpr{}, false
			}
			x.iso = shiftMonths(pub, r.n)
		case "d":
			if pub.d == 0 {
				return dateExpr{}, false
			}
			x.iso = shiftDays(pub, r.n)
		case "n": // 2020年成立，翌年…: the year after the last date
			last := latestOf(here, before, 4)
			if last == nil {
				return dateExpr{}, false
			}
			y, _ := strconv.Atoi(last.iso[:4])
			x.iso = ymd(y+r.n, 0, 0)
		case "s":
			// 同日 takes the last full date, 同月 the last month: a year said in between
			// (去年兩間公司合計收入…，聯達智運同日宣布) is not what "the same day" points at.
			need := 4
			if strings.HasSuffix(r.w, "日") || strings.HasSuffix(r.w, "day") {
				need = 10
			} else if strings.HasSuffix(r.w, "月") || strings.HasSuffix(r.w, "month") {
				need = 7
			}
			last := latestOf(here, before, need)
			if last == nil {
				return dateExpr{}, false
			}
			x.iso = last.iso
			if strings.HasSuffix(r.w, "月") || strings.HasSuffix(r.w, "month") {
				x.iso = x.iso[:min(len(x.iso), 7)]
			}
			if strings.HasSuffix(r.w, "年") {
				x.iso = x.iso[:4]
			}
		}
		return x, true
	}
	return weekday(f, i, pub)
}

var weekdays = []struct {
	w string
	d time.Weekday
}{{"monday", time.Monday}, {"tuesday", time.Tuesday}, {"wednesday", time.Wednesday}, {"thursday", time.Thursday},
	{"friday", time.Friday}, {"saturday", time.Saturday}, {"sunday", time.Sunday},
	{"星期一", time.Monday}, {"星期二", time.Tuesday}, {"星期三", time.Wednesday}, {"星期四", time.Thursday},
	{"星期五", time.Friday}, {"星期六", time.Saturday}, {"星期日", time.Sunday}, {"周一", time.Monday},
	{"周二", time.Tuesday}, {"周三", time.Wednesday}, {"周四", time.Thursday}, {"周五", time.Friday},
	{"周六", time.Saturday}, {"周日", time.Sunday}}

// weekday reads "on Tuesday", 周二, 星期二: the latest such day on or before the publication
// date (news reports the past week).
func weekday(f []rune, i int, pub published) (dateExpr, bool) {
	if pub.d == 0 {
		return dateExpr{}, false
	}
	for _, w := range weekdays {
		e := i + utf8.RuneCountInString(w.w)
		if !hasPrefixAt(f, i, w.w) || isLatinLetter(rune(w.w[0])) && (isLatinLetter(at2(f, i-1)) || isLatinLetter(at2(f, e))) {
			continue
		}
		t := time.Date(pub.y, time.Month(pub.m), pub.d, 0, 0, 0, 0, time.UTC)
		back := (int(t.Weekday()) - int(w.d) + 7) % 7
		if back == 0 && hasSuffixAt(f, i, "last ") {
			back = 7 // "last Friday" in a Friday paper is a week ago
		}
		return dateExpr{start: i, end: e, iso: t.AddDate(0, 0, -back).Format("2006-01-02")}, true
	}
	return dateExpr{}, false
}

var zhDigits = map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}

// zhNumeralInt reads 一 … 三十一 at i; it returns the value and the end (i when none).
func zhNumeralInt(f []rune, i, limit int) (int, int) {
	v, j := 0, i
	for j < limit && j < len(f) && j-i < 3 {
		n, ok := zhDigits[f[j]]
		if !ok {
			break
		}
		switch {
		case n == 10 && v == 0:
			v = 10
		case n == 10:
			v *= 10
		default:
			v += n
		}
		j++
	}
	return v, j
}

// zhNumeralMonth reads a month in Chinese numerals (一月 … 十二月, with 今年/去年/明年 before it
// and a day after it) at i. 一個月 and other durations are not months.
func zhNumeralMonth(f []rune, i, limit int, pub published) (dateExpr, bool) {
	if i > 0 && zhDigits[f[i-1]] > 0 || pub.y == 0 {
		return dateExpr{}, false
	}
	m, j := zhNumeralInt(f, i, limit)
	if j == i || m < 1 || m > 12 || !hasPrefixAt(f, j, "月") {
		return dateExpr{}, false
	}
	e := j + 1
	day := 0
	if dd, k := zhNumeralInt(f, e, limit); k > e && dd <= 31 && (hasPrefixAt(f, k, "日") || hasPrefixAt(f, k, "号")) {
		day, e = dd, k+1
	}
	st, yr := i, pub.y
	prefixed := false
	for _, p := range []struct {
		w  string
		dy int
	}{{"今年", 0}, {"去年", -1}, {"明年", 1}, {"本年", 0}} {
		if hasSuffixAt(f, i, p.w) {
			st, yr, prefixed = i-len([]rune(p.w)), pub.y+p.dy, true
		}
	}
	if !prefixed && day == 0 && (i == 0 || !isClauseBreak(f[i-1]) && !zhStopRunes[f[i-1]]) {
		return dateExpr{}, false // a bare 三月 inside a word is no date; 於三月 or 去年三月 is
	}
	if !prefixed && pub.m > 0 && m > pub.m {
		yr--
	}
	return dateExpr{start: st, end: e, iso: ymd(yr, m, day)}, true
}

// takesEffect reports whether the date at [a, b) is when something starts or takes effect
// (effective 1 November, 自8月1日起生效, from 1 November): a coming date, not a past one.
// zhFutureMarks stand before a month that is still to come (將於11月出席): the publication year's.
var zhFutureMarks = []string{"将于", "将在", "计划于", "计划在", "预计于", "预计在", "拟于", "拟在", "定于", "将"}

// futureBefore reports whether a future mark stands right before position a.
func futureBefore(f []rune, a int) bool { return endsWithAny(f, a, zhFutureMarks) }

func takesEffect(f []rune, a, b int) bool {
	for _, w := range []string{"effective ", "from ", "starting ", "自", "于", "於"} {
		if hasSuffixAt(f, a, w) && (isLatinLetter(rune(w[0])) || hasPrefixAt(f, b, "起")) {
			return true
		}
	}
	return hasPrefixAt(f, b, "起") || hasPrefixAt(f, b, "生效")
}

// latestOf returns the latest date with at least n characters of ISO precision (10: a day,
// 7: a month, 4: a year): the sentence's own (here) first, then the document's before it.
func latestOf(here, before []dateExpr, n int) *dateExpr {
	for _, ds := range [][]dateExpr{here, before} {
		for i := len(ds) - 1; i >= 0; i-- {
			if len(ds[i].iso) >= n {
				return &ds[i]
			}
		}
	}
	return nil
}
