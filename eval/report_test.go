package eval

import (
	"slices"
	"testing"
)

// The report's rows follow the order the splits were written in, languages alphabetically
// with "all" last, so eval/RESULTS.md changes only where the numbers do.
func TestSortedKeysFollowSplits(t *testing.T) {
	m := map[[2]string]int{}
	for _, s := range []string{"seed", "heldout6", "dev", "heldout4", "heldout", "heldout5"} {
		for _, l := range []string{"all", "zh-Hant", "en"} {
			m[[2]string{s, l}] = 0
		}
	}
	var got []string
	for _, k := range sortedKeys(m) {
		got = append(got, k[0]+"/"+k[1])
	}
	var want []string
	for _, s := range []string{"dev", "heldout", "heldout4", "heldout5", "heldout6", "seed"} {
		for _, l := range []string{"en", "zh-Hant", "all"} {
			want = append(want, s+"/"+l)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("sortedKeys order:\n got %v\nwant %v", got, want)
	}
}
