package extract

import "testing"

// A list whose items carry their trade before them ("insurer B"), also after an item's
// relative aside; a fund's limited partners named after its commitments. Invented sentences.
func TestListItemsWithDescriptorsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Harbour Growth Fund II closed on Friday with commitments from Orbix Capital, insurer Jade Life and Lyndhurst Family Office.",
			[]string{"FUNDS Orbix Capital > Harbour Growth Fund II", "FUNDS Jade Life > Harbour Growth Fund II", "FUNDS Lyndhurst Family Office > Harbour Growth Fund II"}, nil},
		{"Harbour Growth Fund II closed with commitments from Orbix Capital, which anchored the vehicle with US$50 million, insurer Jade Life and Lyndhurst Family Office.",
			[]string{"FUNDS Orbix Capital > Harbour Growth Fund II", "FUNDS Jade Life > Harbour Growth Fund II", "FUNDS Lyndhurst Family Office > Harbour Growth Fund II"}, nil},
	})
}
