package extract

import "testing"

// Appointment news: passive and future verbs between a name and the post ("has been appointed
// chief executive of", "was promoted to managing director of", "will join X as", "would take
// over as"), and a plural owner's possessive ("Orbix Labs' chief executive"). Invented sentences.
func TestAppointmentsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Mary Tam has been appointed chief executive of Orbix Labs.", []string{"LEADS Mary Tam > Orbix Labs"}, nil},
		{"Mary Tam was promoted to managing director of Harbourview Capital.", []string{"LEADS Mary Tam > Harbourview Capital"}, nil},
		{"Peter Wong was named chairman of Nimbus Robotics Limited in March.", []string{"LEADS Peter Wong > Nimbus Robotics Limited"}, nil},
		{"Ms Mary Tam will join Orbix Labs as chief operating officer in July.", []string{"LEADS Mary Tam > Orbix Labs"}, nil},
		{"Orbix Labs said Mary Tam would take over as chairman from Peter Wong, who is retiring.", []string{"LEADS Mary Tam > Orbix Labs"}, nil},
		{"Mary Tam, Orbix Labs' chief executive, said the company would expand.", []string{"LEADS Mary Tam > Orbix Labs"}, nil},
		// A firm before the copula holds no post.
		{"Harbourview Capital was named lead investor of Orbix Labs.", nil, []string{"LEADS Harbourview Capital > Orbix Labs"}},
	})
}
