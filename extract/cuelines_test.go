package extract

import "testing"

// TestRelationCuesUnique keeps each relation cue entry to one line across every list: a second
// copy is matched again at every position for nothing, and a later edit to one copy leaves the
// other firing.
func TestRelationCuesUnique(t *testing.T) {
	seen := map[string]bool{}
	for line := range cueLines(allRelationCuesTSV) {
		if seen[line] {
			t.Errorf("relation cue listed twice: %q", line)
		}
		seen[line] = true
	}
}
