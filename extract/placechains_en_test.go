package extract

import (
	"slices"
	"testing"
)

// A district placed by its city: "District, City" and "City's District district". Invented
// sentences.
func TestPlaceChainsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Alder Labs is based in Kwun Tong, Hong Kong.",
			[]string{"LOCATED_IN Alder Labs > Kwun Tong", "LOCATED_IN Kwun Tong > Hong Kong"}, nil},
		{"The robot maker opened a plant in Guangzhou's Nansha district last year.",
			[]string{"LOCATED_IN Nansha > Guangzhou"}, nil},
		// A list of cities holds no district.
		{"Alder Labs has offices in Macau, Hong Kong and Singapore.",
			nil, []string{"LOCATED_IN Macau > Hong Kong"}},
		{"Alder Labs has offices in Shenzhen, Hong Kong.",
			nil, []string{"LOCATED_IN Shenzhen > Hong Kong"}},
	})
}

// TestDistrictAliases: a place written with "district" after it is named so too; "districts"
// and "district-level" are other words. Invented sentences.
func TestDistrictAliases(t *testing.T) {
	cases := map[string]string{ // text → the alias it gives, or ""
		"Orbit Robotics was set up in March in Shenzhen's Longgang district.": "Longgang district",
		"The expo will be held in the Futian District of Shenzhen.":           "Futian District",
		"Grants go to firms in Nansha districts and beyond.":                  "",
		"Nansha district-level funds joined the round.":                       "",
	}
	for text, want := range cases {
		var got []string
		for _, p := range Extract(Input{Text: text, Language: "en"}) {
			if p.Kind == KindEntity && p.Entity.Kind == "PLACE" {
				got = append(got, p.Entity.Aliases...)
			}
		}
		if want != "" && !slices.Contains(got, want) || want == "" && len(got) > 0 {
			t.Errorf("%s: aliases %v, want %q", text, got, want)
		}
	}
}
