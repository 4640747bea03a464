package extract

import "testing"

// Upper-case country codes are places; the pronoun, the currency and the ticker-like forms are
// not. Invented sentences.
func TestCountryCodesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Corvane Diagnostics plans to enter the US market in 2027.", []string{"TARGETS_MARKET Corvane Diagnostics > US"}, nil},
		{"Corvane Diagnostics plans to expand into the U.K. next year.", []string{"TARGETS_MARKET Corvane Diagnostics > U.K."}, nil},
	})
	for _, text := range []string{"Corvane Diagnostics raised US$5 million from us.", "Corvane Diagnostics hired a USC graduate."} {
		for _, m := range countryCodePlaces(newDoc(Input{Text: text, Language: "en"})) {
			t.Errorf("%s: unwanted place %q", text, m.name)
		}
	}
}

// A market in view: "as it eyes X". Invented sentences.
func TestEyesMarketEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Corvane Diagnostics raises US$8 million as it eyes Thai hospitals.", []string{"TARGETS_MARKET Corvane Diagnostics > Thai"}, nil},
		{"Corvane Diagnostics is eyeing Vietnam for its next clinic.", []string{"TARGETS_MARKET Corvane Diagnostics > Vietnam"}, nil},
	})
}

// A utility named by a place and its trade is an organisation, not the place. Invented
// sentences.
func TestPlaceTradeNamesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Before founding Tidewell, Grace Lo spent six years at Kowloon Electric.",
			[]string{"WORKED_AT Grace Lo > Kowloon Electric"}, []string{"WORKED_AT Grace Lo > Kowloon"}},
		{"Grace Lo spent six years at Macau Broadband.", []string{"WORKED_AT Grace Lo > Macau Broadband"}, nil},
	})
}

// The active "backed" is an investment in a sentence about money, and support elsewhere.
// Invented sentences.
func TestActiveBackedEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Seed investor Kowloon Angels backed Volta Link in 2022.", []string{"INVESTED_IN Kowloon Angels > Volta Link"}, nil},
		{"The Hong Kong Monetary Authority backed the Hong Kong Association of Banks on the rule.",
			nil, []string{"INVESTED_IN Hong Kong Monetary Authority > Hong Kong Association of Banks"}},
		{"Kowloon Angels, a seed investor, backed the plan of Volta Link.", nil, []string{"INVESTED_IN Kowloon Angels > Volta Link"}},
	})
}
