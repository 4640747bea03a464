package extract

import "testing"

// A company's post (CEO, 董事长, chairman) held at a university is the nearest name read for the
// company the text means; a university's own posts (president, 校长) stay. Invented ends.
func TestCompanyPostsAtUniversities(t *testing.T) {
	es := &entitySet{}
	for _, c := range []struct {
		role, to string
		drop     bool
	}{
		{"Chairman", "浙江大学", true},
		{"CEO", "香港城市大學", true},
		{"Chief Executive Officer", "Hong Kong Baptist University", true},
		{"President", "Hong Kong Baptist University", false},
		{"校长", "浙江大学", false},
		{"Chairman", "星澜科技", false},
	} {
		r := &RelationshipProposal{Type: "LEADS", From: End{Name: "王磊"}, To: End{Name: c.to}, Role: c.role}
		if got := implausibleEnds(es, r); got != c.drop {
			t.Errorf("%s at %s: implausible %v, want %v", c.role, c.to, got, c.drop)
		}
	}
}
