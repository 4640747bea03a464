package extract

import "testing"

// A sentence that opens at an event ("At the forum,", "Opening the event,") has its subject
// there; "the summit's award" is the event's; a runner-up "beaten" was selected too.
// Invented texts.
func TestEventOpenersEn(t *testing.T) {
	const lead = "Orbix Labs exhibited at Kowloon Robotics Forum 2026, a two-day conference. "
	checkEnCases(t, []enCase{
		{lead + "At the forum, Nimbus Robotics said it would open an office in Tokyo.",
			[]string{"ATTENDED Nimbus Robotics > Kowloon Robotics Forum 2026"}, nil},
		{lead + "Speaking at the forum, Mary Tam said the market was cooling.",
			[]string{"ATTENDED Mary Tam > Kowloon Robotics Forum 2026"}, nil},
		{lead + "Opening the event, Under Secretary for Innovation Dr Peter Wong said funding would grow.",
			[]string{"ATTENDED Peter Wong > Kowloon Robotics Forum 2026"}, nil},
		{lead + "On Tuesday evening Pepticle, a spin-off from Lantau University, won the conference's Start-up of the Year award, beating runner-up NeuroLoop.",
			// the award named "of the Year" is read whole (ofyear_en.go): the winners are selected for it
			[]string{"SELECTED_FOR Pepticle > Start-up of the Year award", "SELECTED_FOR NeuroLoop > Start-up of the Year award"}, nil},
		// An opener at no event gives nothing.
		{"At the meeting, Nimbus Robotics said it would grow.", nil, []string{"ATTENDED Nimbus Robotics > meeting"}},
	})
}
