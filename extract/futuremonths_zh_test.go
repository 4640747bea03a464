package extract

import "testing"

// A month after a future mark is still to come this year; a local arm's set-up takes the day
// its sentence gives.
func TestFutureMonthsAndArmDatesZh(t *testing.T) {
	cases := []struct{ text, key, date string }{
		{"主席陳美玲將於11月出席投資推廣署主辦的「2026財富論壇」。", "ORGANIZED 投資推廣署 > 2026財富論壇", "2026-11"},
		{"星河科技昨日（3日）宣布，在港成立「星河國際（香港）有限公司」。", "ESTABLISHED 星河科技 > 星河國際（香港）有限公司", "2026-09-03"},
	}
	for _, c := range cases {
		r := rels(Extract(Input{Text: c.text, Language: "zh-Hant", Published: "2026-09-04"}))[c.key]
		if r == nil || r.Date != c.date {
			t.Errorf("%s: %s dated %v, want %s", c.text, c.key, r, c.date)
		}
	}
	// Without a future mark a later month is last year's.
	if r := rels(Extract(Input{Text: "主席陳美玲11月出席投資推廣署主辦的「2026財富論壇」。", Language: "zh-Hant", Published: "2026-09-04"}))["ORGANIZED 投資推廣署 > 2026財富論壇"]; r != nil && r.Date != "2025-11" {
		t.Errorf("past month dated %s", r.Date)
	}
}
