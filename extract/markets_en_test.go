package extract

import "testing"

// English markets named by the customers there. Invented sentences.
func TestCustomerMarketsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs sells water sensors to farmers in Vietnam and Cambodia.",
			[]string{"TARGETS_MARKET Orbix Labs > Vietnam", "TARGETS_MARKET Orbix Labs > Cambodia"}, nil},
		{"Orbix Labs plans to serve retailers across Southeast Asia next year.",
			[]string{"TARGETS_MARKET Orbix Labs > Southeast Asia"}, nil},
		{"Orbix Labs will start deliveries in Macau in 2026.", []string{"TARGETS_MARKET Orbix Labs > Macau"}, nil},
	})
}

// English offices named by their place before "office". Invented sentences.
func TestPlaceOfficesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs will open its first Tokyo office next year.", []string{"LOCATED_IN Orbix Labs > Tokyo"}, nil},
		{"Orbix Labs raised US$5 million. The company is opening a Singapore office in May.", []string{"LOCATED_IN Orbix Labs > Singapore"}, nil},
		{"Orbix Labs hired Alan Tse in March. He now runs its Seoul office.", []string{"LOCATED_IN Orbix Labs > Seoul"}, nil},
	})
}

// A site cue's gap that names an entry into a market ("fund a launch in") leaves the place to
// the market cues; "operates as a subsidiary in" is where a company is. Invented sentences.
func TestMarketEntryNounsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs raised US$5 million. The money will fund a launch in Japan and Malaysia next year.",
			[]string{"TARGETS_MARKET Orbix Labs > Japan", "TARGETS_MARKET Orbix Labs > Malaysia"}, []string{"LOCATED_IN Orbix Labs > Japan"}},
		{"Orbix Labs raised US$5 million to build a customer base in Vietnam.",
			[]string{"TARGETS_MARKET Orbix Labs > Vietnam"}, []string{"LOCATED_IN Orbix Labs > Vietnam"}},
		{"Orbix Labs raised US$5 million to build a plant in Vietnam.",
			[]string{"LOCATED_IN Orbix Labs > Vietnam"}, []string{"TARGETS_MARKET Orbix Labs > Vietnam"}},
		{"Orbix Labs bought Delfshaven Data, a Dutch developer, which now operates as a subsidiary in Rotterdam.",
			nil, []string{"TARGETS_MARKET Orbix Labs > Rotterdam"}},
		{"Orbix Labs listed in Hong Kong on Friday and rose 20 per cent on its trading debut in Hong Kong.",
			nil, []string{"TARGETS_MARKET Orbix Labs > Hong Kong"}},
	})
}

// More ways of stating an entry into a market or a market served. Invented sentences.
func TestMarketEntryVerbsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs is now available in Singapore and Malaysia.", []string{"TARGETS_MARKET Orbix Labs > Singapore", "TARGETS_MARKET Orbix Labs > Malaysia"}, nil},
		{"Orbix Labs went live in Thailand in March.", []string{"TARGETS_MARKET Orbix Labs > Thailand"}, nil},
		{"Orbix Labs wants to break into the Middle East.", []string{"TARGETS_MARKET Orbix Labs > Middle East"}, nil},
		{"Orbix Labs has gained a foothold in Indonesia.", []string{"TARGETS_MARKET Orbix Labs > Indonesia"}, nil},
		{"Orbix Labs last year expanded from Macau into Vietnam and Cambodia.",
			[]string{"TARGETS_MARKET Orbix Labs > Vietnam", "TARGETS_MARKET Orbix Labs > Cambodia", "TARGETS_MARKET Orbix Labs > Macau"}, nil},
		{"Orbix Labs will speed up its expansion across Southeast Asia.", []string{"TARGETS_MARKET Orbix Labs > Southeast Asia"}, nil},
	})
}

// Customers counted, then where most of them are: markets; staff so counted are not. Invented
// sentences.
func TestMostlyInMarketsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs says more than 50,000 people have used its app, mostly in Macau and Singapore.",
			[]string{"TARGETS_MARKET Orbix Labs > Macau", "TARGETS_MARKET Orbix Labs > Singapore"}, nil},
		{"Orbix Labs serves 900 merchants, most of them in Malaysia.", []string{"TARGETS_MARKET Orbix Labs > Malaysia"}, nil},
		{"Orbix Labs has about 70 people, mostly in Kwun Tong.", nil, []string{"TARGETS_MARKET Orbix Labs > Kwun Tong"}},
	})
}

// A distribution agreement covering a region and hospital groups in a place: markets.
// Invented sentences.
func TestCoveredMarketsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs signed a distribution agreement with DKSH covering Southeast Asia.",
			[]string{"TARGETS_MARKET Orbix Labs > Southeast Asia", "PARTNERED_WITH Orbix Labs > DKSH"}, []string{"TARGETS_MARKET DKSH > Southeast Asia"}},
		{"Orbix Labs's software is used by two hospital groups in Malaysia.", []string{"TARGETS_MARKET Orbix Labs > Malaysia"}, nil},
	})
}

// A first overseas market named. Invented sentences.
func TestFirstOverseasMarketEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs picked Singapore as its first overseas market.", []string{"TARGETS_MARKET Orbix Labs > Singapore"}, nil},
		{"Orbix Labs plans to expand overseas, starting with Vietnam and Thailand.",
			[]string{"TARGETS_MARKET Orbix Labs > Vietnam", "TARGETS_MARKET Orbix Labs > Thailand"}, nil},
	})
}

// A product's registration or approval in a market. Invented sentences.
func TestApprovalMarketsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs raised US$5 million. It will seek regulatory approval in Japan and Korea.",
			[]string{"TARGETS_MARKET Orbix Labs > Japan"}, nil},
	})
}
