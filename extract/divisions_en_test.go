package extract

import "testing"

// The head of a part of an organisation works there; the head of the whole leads it. Invented
// sentences.
func TestDivisionPostEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Tessaly Group said it had appointed Mandy Ho as head of its Southeast Asian payments business.",
			[]string{"WORKED_AT Mandy Ho > Tessaly Group"}, []string{"LEADS Mandy Ho > Tessaly Group"}},
		{"Tessaly Group said it had appointed Mandy Ho as chief executive.",
			[]string{"LEADS Mandy Ho > Tessaly Group"}, nil},
	})
}
