package extract

import "testing"

// A body's name before a people noun is no founder: its team or alumni founded the company.
// Invented sentences.
func TestFoundedByItsPeople(t *testing.T) {
	d := newDoc(Input{Text: "例如由香港浸會大學團隊成立的星澜科技，去年完成A輪融資。", Language: "zh-Hant"})
	for _, c := range []struct {
		quote, from string
		drop        bool
	}{
		{"例如由香港浸會大學團隊成立的星澜科技，去年完成A輪融資。", "香港浸會大學", true},
		{"由香港浸會大學校友成立的星澜科技", "香港浸會大學", true},
		{"香港浸會大學與星澜科技共同成立聯合實驗室", "香港浸會大學", false},
	} {
		p := Proposal{Quote: c.quote, Relationship: &RelationshipProposal{Type: "ESTABLISHED", From: End{Name: c.from}, To: End{Name: "星澜科技"}}}
		if got := foundedByItsPeople(d, p); got != c.drop {
			t.Errorf("%s: drop %v, want %v", c.quote, got, c.drop)
		}
	}
}
