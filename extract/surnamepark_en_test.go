package extract

import "testing"

// "Park" makes a facility of a place's name, but a person's when a given name stands beside
// it; "she" opening a clause is the person named last, not the one named most. Invented
// sentences.
func TestSurnameParkPersonEn(t *testing.T) {
	korean := "Leafline was founded in 2020 by Dr. Park Min-jun, a former researcher at Seoul National University."
	english := "Leafline was founded in 2020 by Alan Park, a former engineer at Samsung."
	she := korean + " \"We grow fast,\" said Dr. Park, the company's Chief Executive Officer. Leafline's new Head of Sales for Europe, Cheryl Ho, " +
		"joins from Hang Lung Properties, where she ran the retail analytics team; she was previously with Deloitte in London."
	checkEnCases(t, []enCase{
		{text: korean, want: []string{"LEADS Park Min-jun > Leafline", "WORKED_AT Park Min-jun > Seoul National University"}},
		{text: english, want: []string{"LEADS Alan Park > Leafline"}},
		{text: "Leafline opened a lab at Kowloon Park.", not: []string{"LEADS Kowloon Park > Leafline"}},
		{text: she, want: []string{"WORKED_AT Cheryl Ho > Deloitte"}, not: []string{"WORKED_AT Park Min-jun > Deloitte"}},
	})
}
