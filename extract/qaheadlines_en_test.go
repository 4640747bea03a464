package extract

import "testing"

// An interview headed "Q&A: Org's Person On …" answers its questions in the guest's voice:
// "we" and "our" in the answers are the guest's company. "Org's hub opened at X" places the
// company. Invented sentences.
func TestQAHeadlineGuestEn(t *testing.T) {
	qa := "Q&A: TideLoop's Mara Quist On Building Europe's Charging Grid\n\nMara Quist co-founded TideLoop in Oslo in 2021.\n\n" +
		"Why Oslo?\nOur first hub opened at Oslo Science Park in January.\n\n" +
		"What about talent?\nOur chief operating officer, Per Holm, joined from Uber in March."
	noQA := "TideLoop's Mara Quist On Building Europe's Charging Grid\n\nMara Quist co-founded TideLoop in Oslo in 2021.\n\n" +
		"What about talent?\nOur chief operating officer, Per Holm, joined from Uber in March."
	checkEnCases(t, []enCase{
		{text: qa, want: []string{"LEADS Per Holm > TideLoop", "LOCATED_IN TideLoop > Oslo Science Park"}},
		{text: noQA, not: []string{"LEADS Per Holm > TideLoop"}},
		{text: "Acme Robotics's first overseas hub opened at Oslo Science Park in January.", want: []string{"LOCATED_IN Acme Robotics > Oslo Science Park"}},
	})
}

// A name written after ", the" is a list's item when "and" and another name follow it, and an
// apposition when the sentence goes on. Invented sentences.
func TestTheItemInListEn(t *testing.T) {
	ipo := "Shares in Quanta Robotics rose 12 per cent on their first day of trading in Hong Kong.\n\n"
	checkEnCases(t, []enCase{
		{text: ipo + "Cornerstone investors included Norway's Fjord Capital, the Kestrel Investment Authority and Orbis Partners.",
			want: []string{"INVESTED_IN Fjord Capital > Quanta Robotics", "INVESTED_IN Kestrel Investment Authority > Quanta Robotics", "INVESTED_IN Orbis Partners > Quanta Robotics"}},
		{text: ipo + "Cornerstone investors included Fjord Capital, the Kestrel Investment Authority, which bought half.",
			want: []string{"INVESTED_IN Fjord Capital > Quanta Robotics"}, not: []string{"INVESTED_IN Kestrel Investment Authority > Quanta Robotics"}},
	})
}
