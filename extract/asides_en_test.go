package extract

import "testing"

// A relative clause set off by commas may stand inside a cue ("investors, who …, included"):
// the cue still reads across it. A clause that ends the sentence before the rest of the cue
// reads nothing. Invented sentences.
func TestAsideSplitCueEn(t *testing.T) {
	ipo := "Shares in Quanta Robotics rose 12 per cent on their first day of trading in Hong Kong.\n\n"
	checkEnCases(t, []enCase{
		{text: ipo + "Cornerstone investors, who bought a third of the shares, included Fjord Capital and Orbis Partners.",
			want: []string{"INVESTED_IN Fjord Capital > Quanta Robotics", "INVESTED_IN Orbis Partners > Quanta Robotics"}},
		{text: ipo + "Cornerstone investors, who bought a third of the shares. Included Fjord Capital and Orbis Partners.",
			not: []string{"INVESTED_IN Fjord Capital > Quanta Robotics"}},
	})
}

// An aside ", with B," after a round verb names a co-investor; the verb's object follows it.
// Invented sentences.
func TestWithAsideEn(t *testing.T) {
	text := "Kestrel Capital co-led, with Orbis Ventures, the US$6 million Series A of Tai Po-based drone maker Skyquill."
	checkEnCases(t, []enCase{
		{text: text, want: []string{"INVESTED_IN Kestrel Capital > Skyquill"}, not: []string{"INVESTED_IN Kestrel Capital > Orbis Ventures"}},
	})
}

// ", which" after a company and an apposition describing it refers to the company, not to the
// sentence's subject. Invented sentences.
func TestWhichAntecedentEn(t *testing.T) {
	text := "TradeLink Office today welcomed Leafgrid Inc., an Osaka-based maker of farming robots, which has opened its regional headquarters at Cyberport."
	checkEnCases(t, []enCase{{text: text, want: []string{"LOCATED_IN Leafgrid Inc. > Cyberport"}, not: []string{"LOCATED_IN TradeLink Office > Cyberport"}}})
}
