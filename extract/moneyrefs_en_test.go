package extract

import "testing"

// "The money" (the proceeds, the fresh capital) refers back to the company that raised it: a
// titled speaker of that sentence holds a post there. Invented sentences.
func TestMoneyRefersToRaiserEn(t *testing.T) {
	text := "Singapore-based agritech firm Leafgrid Farms has closed a US$20 million Series A round led by Orbis Ventures. " +
		"The money will take its farms to Malaysia next year, chief executive Priya Rao said."
	checkEnCases(t, []enCase{{text: text, want: []string{"LEADS Priya Rao > Leafgrid Farms"}, not: []string{"LEADS Priya Rao > Orbis Ventures"}}})
}
