package extract

import "testing"

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
