package extract

import "testing"

// A sentence opened by a pronoun speaker and a report verb: the reported clause's own name is
// the subject, not the company an earlier sentence named. Invented sentences.
func TestReportedClauseSubjectEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Mia Ho left Orbit Labs in May and has founded Vantage Robotics. She said Vantage Robotics has raised a seed round from Antler.",
			[]string{"INVESTED_IN Antler > Vantage Robotics"}, []string{"INVESTED_IN Antler > Orbit Labs"}},
		{"Mia Ho left Orbit Labs in May. He added that Vantage Robotics, her new company, had raised US$2 million from Antler.",
			[]string{"INVESTED_IN Antler > Vantage Robotics"}, []string{"INVESTED_IN Antler > Orbit Labs"}},
		// No name opens the reported clause: the company named before still holds.
		{"Orbit Labs closed its round in May. She said the company had raised US$2 million from Antler.",
			[]string{"INVESTED_IN Antler > Orbit Labs"}, nil},
	})
}
