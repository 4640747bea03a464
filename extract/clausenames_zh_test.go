package extract

import "testing"

// Runs shaped like a clause or a label are no names; names that look close stay. Invented runs.
func TestZhClauseName(t *testing.T) {
	for _, c := range []struct {
		run  string
		want bool
	}{
		{"B轮", true},
		{"Pre-A輪", true},
		{"天使轮融资", true},
		{"快讯丨前星澜", true},
		{"经该局推荐", true},
		{"今年最重要的出口市场", true},
		{"星澜科技创办前", true},
		{"星澜科技", false},
		{"前海星澜", false},
		{"最值得关注的30家初创", false}, // a ranking's name counts its entries
		{"轮", false},
	} {
		if got := zhClauseName(c.run); got != c.want {
			t.Errorf("%s: clause %v, want %v", c.run, got, c.want)
		}
	}
}
