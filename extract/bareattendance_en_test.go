package extract

import "testing"

// A verb of exhibiting with no event after it: its subjects attended the event named last.
// Invented texts.
func TestBareAttendanceEn(t *testing.T) {
	const lead = "Asia Robotics Expo 2026 opened at AsiaWorld-Expo on Monday. "
	checkEnCases(t, []enCase{
		{lead + "Kelpie Dynamics and Lumen Motion also exhibited.",
			[]string{"ATTENDED Kelpie Dynamics > Asia Robotics Expo 2026", "ATTENDED Lumen Motion > Asia Robotics Expo 2026"}, nil},
		{lead + "Tallis Bank was also there, with a booth on fintech robots.",
			[]string{"ATTENDED Tallis Bank > Asia Robotics Expo 2026"}, nil},
		// another occasion named after the verb
		{lead + "Kelpie Dynamics exhibited at a trade show in Osaka last year.",
			nil, []string{"ATTENDED Kelpie Dynamics > Asia Robotics Expo 2026"}},
	})
}
