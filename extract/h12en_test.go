package extract

import "testing"

// Round h12en: structural mechanisms for English relationship recall on unseen texts. Invented
// sentences; each case fails without its mechanism.
func TestH12En(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		// A cue that takes its subject from the left falls back to the referred-back company.
		{"Corvane Analytics raised US$5 million on Monday. It partnered with Cathay Pacific on a pilot.",
			[]string{"PARTNERED_WITH Corvane Analytics > Cathay Pacific"}, nil},
		{"Corvane Analytics raised US$5 million on Monday. The company is owned by Jade Holdings.",
			[]string{"SUBSIDIARY_OF Corvane Analytics > Jade Holdings"}, nil},
		{"Corvane Analytics raised US$5 million on Monday. Last year, the firm teamed up with Swire Properties.",
			[]string{"PARTNERED_WITH Corvane Analytics > Swire Properties"}, nil},
		// A name before the cue is the subject; a person's pronoun is no company.
		{"Corvane Analytics raised US$5 million on Monday. It said Orbix Labs partnered with Cathay Pacific.",
			[]string{"PARTNERED_WITH Orbix Labs > Cathay Pacific"}, []string{"PARTNERED_WITH Corvane Analytics > Cathay Pacific"}},
		{"Alice Mok founded Corvane Analytics in 2020. She partnered with Cathay Pacific.",
			nil, []string{"PARTNERED_WITH Corvane Analytics > Cathay Pacific"}},
		// A run of sentences that all refer back keeps the company named before the run.
		{"Corvane Analytics raised US$5 million on Monday. It partnered with Cathay Pacific. The company also signed an agreement with MTR Corporation. The firm is expanding. The startup hired staff. The company later acquired Breeze Metering.",
			[]string{"SUBSIDIARY_OF Breeze Metering > Corvane Analytics"}, nil},
		{"Corvane Analytics raised US$5 million on Monday. Orbix Labs hired staff. The firm is expanding. The startup hired more. The company later acquired Breeze Metering.",
			[]string{"SUBSIDIARY_OF Breeze Metering > Orbix Labs"}, []string{"SUBSIDIARY_OF Breeze Metering > Corvane Analytics"}},
		// A description standing for the company ("The Hong Kong-based company", "The 5-year-old
		// firm") refers back when a verb follows it; a name after it is its own subject.
		{"Corvane Analytics raised US$5 million on Monday. The 5-year-old firm partnered with Cathay Pacific.",
			[]string{"PARTNERED_WITH Corvane Analytics > Cathay Pacific"}, nil},
		{"Corvane Analytics raised US$5 million on Monday. The fintech start-up teamed up with Cathay Pacific.",
			[]string{"PARTNERED_WITH Corvane Analytics > Cathay Pacific"}, nil},
		{"Corvane Analytics raised US$5 million on Monday. The Hong Kong-based company later acquired Breeze Metering.",
			[]string{"LOCATED_IN Corvane Analytics > Hong Kong"}, []string{"LOCATED_IN Breeze Metering > Hong Kong"}},
		{"Corvane Analytics raised US$5 million on Monday. The Hong Kong-based company Orbix Labs partnered with Cathay Pacific.",
			[]string{"PARTNERED_WITH Orbix Labs > Cathay Pacific", "LOCATED_IN Orbix Labs > Hong Kong"}, []string{"PARTNERED_WITH Corvane Analytics > Cathay Pacific"}},
	}
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: "en", Published: "2025-06-05"})
		checkSpans(t, c.text, ps)
		checkRels(t, c.text, ps, c.want, c.not)
	}
}
