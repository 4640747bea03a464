package extract

import "testing"

// A paragraph that opens with a quote: the quote mark opens the next sentence, it does not
// close the blank line before it, so the sentence keeps its subject and its "the company".
// Invented text.
func TestQuoteOpensParagraphEn(t *testing.T) {
	text := "VoltAxis Technology is a battery maker.\n\nIt will hire staff.\n\n\"Hong Kong is our springboard,\" said chairman Li Ming, who founded the company in 2017 after a decade at Lumen Power."
	d := newDoc(Input{Text: text, Language: "en"})
	for _, s := range d.sents {
		if got := string(d.runes[s.start:s.end]); got == "\"" {
			t.Errorf("a lone quote mark is a sentence")
		}
	}
	checkEnCases(t, []enCase{{text, []string{"LEADS Li Ming > VoltAxis Technology"}, []string{"LEADS Li Ming > Lumen Power"}}})
}
