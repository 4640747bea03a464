package extract

import "testing"

// A fund's name may hold a lower-case "in" (Girls in Science Fund); a company's name before
// "in" stays its own. Invented sentences.
func TestExtendOverInEn(t *testing.T) {
	fund := "He chairs the board of Girls in Science Fund, a US$20 million fund managed by Kestrel Partners."
	company := "Orbis Capital invested in Quill Growth Fund, which is managed by Kestrel Partners."
	checkEnCases(t, []enCase{
		{text: fund, want: []string{"MANAGES Kestrel Partners > Girls in Science Fund"}, not: []string{"MANAGES Kestrel Partners > Science Fund"}},
		{text: company, want: []string{"MANAGES Kestrel Partners > Quill Growth Fund"}, not: []string{"MANAGES Kestrel Partners > Orbis Capital invested in Quill Growth Fund"}},
	})
}
