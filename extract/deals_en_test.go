package extract

import "testing"

// Deals, partnerships and funds in the verb forms and nouns business news uses: every tense of
// the deal verbs ("will merge with"), a merger or partnership announced by two parties named
// together, a partnership named by its noun ("The partnership between A and B"), and a fund's
// anchors and limited partners named with the fund. Invented sentences.
func TestDealsPartnershipsFundsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Kestrel Analytics Limited will merge with Orbix Labs.", []string{"MERGED_WITH Kestrel Analytics Limited > Orbix Labs"}, nil},
		{"Kestrel Analytics Limited and Orbix Labs announced a merger.", []string{"MERGED_WITH Kestrel Analytics Limited > Orbix Labs"}, nil},
		{"Orbix Labs and HSBC will jointly develop a trade-finance platform.", []string{"PARTNERED_WITH Orbix Labs > HSBC"}, nil},
		{"The partnership between Orbix Labs and HSBC covers trade finance.", []string{"PARTNERED_WITH Orbix Labs > HSBC"}, nil},
		{"Orbix Labs signs an agreement with Nimbus Robotics Limited.", []string{"PARTNERED_WITH Orbix Labs > Nimbus Robotics Limited"}, nil},
		{"The Hong Kong Investment Corporation is an anchor investor in the Harbourview Climate Fund.",
			[]string{"FUNDS Hong Kong Investment Corporation > Harbourview Climate Fund"}, nil},
		{"The Hong Kong Investment Corporation committed US$50 million to the Harbourview Climate Fund.",
			[]string{"FUNDS Hong Kong Investment Corporation > Harbourview Climate Fund"}, nil},
		{"Limited partners in the Harbourview Climate Fund include Jade Capital and Temasek.",
			[]string{"FUNDS Jade Capital > Harbourview Climate Fund", "FUNDS Temasek > Harbourview Climate Fund"}, nil},
		// A commitment to what is no fund funds nothing; a company is no anchor of a company.
		{"Orbix Labs committed US$5 million to research with Nimbus Robotics Limited.", nil,
			[]string{"FUNDS Orbix Labs > Nimbus Robotics Limited"}},
	})
}
