package extract

import "testing"

// Every subject listed after an event opener attended, not only the first. Invented texts.
func TestListedSubjectsAtEvent(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Asia Robotics Expo 2026 opened on Monday. At the expo, Orbix Labs, Kelpie Dynamics and Norbright showcased warehouse robots.",
			[]string{"ATTENDED Orbix Labs > Asia Robotics Expo 2026", "ATTENDED Kelpie Dynamics > Asia Robotics Expo 2026",
				"ATTENDED Norbright > Asia Robotics Expo 2026"}, nil},
		{"Asia Robotics Expo 2026 opened on Monday. During the fair, Tallis Bank and Crane Freight announced a partnership.",
			[]string{"ATTENDED Tallis Bank > Asia Robotics Expo 2026", "ATTENDED Crane Freight > Asia Robotics Expo 2026"}, nil},
		// an object after the verb is no subject
		{"Asia Robotics Expo 2026 opened on Monday. At the expo, Orbix Labs said it would supply Kelpie Dynamics.",
			[]string{"ATTENDED Orbix Labs > Asia Robotics Expo 2026"}, []string{"ATTENDED Kelpie Dynamics > Asia Robotics Expo 2026"}},
	})
	checkRelCases(t, []relCase{
		{"zh-Hant", "「2026亞洲綠色科技博覽」昨日在灣仔揭幕。展會期間，星輝科技、藍海能源及港灣電力展示了最新產品。",
			[]string{"ATTENDED 星輝科技 > 2026亞洲綠色科技博覽", "ATTENDED 藍海能源 > 2026亞洲綠色科技博覽", "ATTENDED 港灣電力 > 2026亞洲綠色科技博覽"}},
	}, nil)
}
