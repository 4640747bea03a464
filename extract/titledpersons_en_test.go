package extract

import "testing"

// A title that runs into a person's name is cut off it; a title before no given name stays as it
// was. Invented sentences.
func TestTitledPersonsEn(t *testing.T) {
	checkEnNameCases(t, []enCase{
		{text: "Chief Executive Officer Jane Doe said Quillo Labs will hire.",
			want: []string{"Jane Doe"}, not: []string{"Officer Jane Doe"}},
		{text: "Speaking at a forum, Hong Kong's Financial Secretary Paul Tam said the city would back Quillo Labs.",
			want: []string{"Paul Tam"}, not: []string{"Financial Secretary Paul Tam"}},
		{text: "It hired Managing Director Grace Poon from Orbis Capital.",
			want: []string{"Grace Poon", "Orbis Capital"}},
	})
}
