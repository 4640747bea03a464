package extract

import "testing"

// A pronoun after an opening phrase is the sentence's subject: "The company" in the next
// sentence is the article's company, not the distributor the phrase sentence names first.
func TestPronounAfterPhrase(t *testing.T) {
	text := "Hong Kong-based Corallo Bio said on Monday that regulators had approved its heart monitor.\n\n" +
		"The start-up also announced a US$10 million Series A round led by Gobi Partners.\n\n" +
		"For the European launch, it has signed a supply agreement with Medline Partners, a Dutch distributor that serves 300 clinics. " +
		"The company plans to enter the Japanese market next year and to open an office in Tokyo later this year."
	checkRelCases(t, []relCase{{"en", text, []string{"LOCATED_IN Corallo Bio > Tokyo"}}}, nil)
	checkRelAbsent(t, []relCase{{"en", text, []string{"LOCATED_IN Medline Partners > Tokyo", "TARGETS_MARKET Medline Partners > Japanese"}}})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"For the mainland launch, it has signed a deal with X.", true},
		{"Under the agreement, the company will supply Y.", true},
		{"For Lumio Robotics, the deal is its first.", false},
		{"Medline Partners signed a deal.", false},
	} {
		d := newDoc(Input{Text: c.text, Language: "en"})
		if got := pronounAfterPhrase(d, d.sents[0]); got != c.want {
			t.Errorf("pronounAfterPhrase(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
