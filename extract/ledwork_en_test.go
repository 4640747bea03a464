package extract

import "testing"

// A person who leads a piece of work at an organisation works there. Invented sentences.
func TestLedWorkEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"The grants go to a battery project at Lingnan University led by Professor Alan Chiu and to two start-ups.",
			[]string{"WORKED_AT Alan Chiu > Lingnan University"}, []string{"INVESTED_IN Alan Chiu > Lingnan University"}},
		{"A robotics team at the Hong Kong Productivity Council led by Dr Mandy Ho built the arm.",
			[]string{"WORKED_AT Mandy Ho > Hong Kong Productivity Council"}, nil},
		// A round led by a person is an investment, not work at the company.
		{"Tidemark raised a seed round at Cyberport led by Peter Lam.",
			nil, []string{"WORKED_AT Peter Lam > Cyberport"}},
	})
}
