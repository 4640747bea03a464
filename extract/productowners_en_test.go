package extract

import "testing"

// A market sentence whose subject is a company's products is about the company. Invented
// sentences.
func TestProductOwnerSubjectEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Brightmoor Labs raised US$5 million. Corvane Diagnostics' kits are sold to clinics in Singapore and Macau.",
			[]string{"TARGETS_MARKET Corvane Diagnostics > Singapore", "TARGETS_MARKET Corvane Diagnostics > Macau"},
			[]string{"TARGETS_MARKET Brightmoor Labs > Singapore"}},
		{"Corvane Labs was founded in 2019. Brightmoor Labs raised US$5 million. Corvane's blood tests are sold to hospitals in Thailand.",
			[]string{"TARGETS_MARKET Corvane > Thailand"}, []string{"TARGETS_MARKET Brightmoor Labs > Thailand"}},
	})
}
