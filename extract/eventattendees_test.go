package extract

import "testing"

// Who was at an event the text named before: a bare opener ("On the sidelines,", 會上，,
// 峰會期間，), a place among the exhibitors or speakers, a keynote given there.
// Invented texts.
func TestEventAttendeesCarried(t *testing.T) {
	const enLead = "Harbour Robotics Week 2026 opened at AsiaWorld-Expo on Monday. "
	checkEnCases(t, []enCase{
		{enLead + "On the sidelines, Orbix Labs signed a memorandum of understanding with Tallis Bank.",
			[]string{"ATTENDED Orbix Labs > Harbour Robotics Week 2026"}, nil},
		{enLead + "Kelpie Dynamics and Norbright were among the exhibitors.",
			[]string{"ATTENDED Kelpie Dynamics > Harbour Robotics Week 2026", "ATTENDED Norbright > Harbour Robotics Week 2026"}, nil},
		{enLead + "The opening keynote came from Professor Ada Lim.",
			[]string{"ATTENDED Ada Lim > Harbour Robotics Week 2026"}, nil},
		{enLead + "Lisa Wong, chief executive of Tallis Bank, gave the opening keynote.",
			[]string{"ATTENDED Lisa Wong > Harbour Robotics Week 2026"}, nil},
		{enLead + "On day one, Orbix Labs announced a new robot arm.",
			[]string{"ATTENDED Orbix Labs > Harbour Robotics Week 2026"}, nil},
		{enLead + "Professor Ada Lim was one of the keynote speakers.",
			[]string{"ATTENDED Ada Lim > Harbour Robotics Week 2026"}, nil},
		// No event named before: nothing to attend.
		{"On the sidelines, Orbix Labs signed an agreement with Tallis Bank.", nil,
			[]string{"ATTENDED Orbix Labs > Tallis Bank"}},
	})
	zh := []struct {
		text      string
		want, not []string
	}{
		{"「2026灣區機械人峰會」昨日在會展中心開幕。\n會上，星軌智能與恒瑞銀行簽署合作備忘錄。",
			[]string{"ATTENDED 星軌智能 > 2026灣區機械人峰會"}, nil},
		{"「2026灣區機械人峰會」昨日在會展中心開幕。\n峰會期間，藍鯨醫療宣布完成A輪融資。",
			[]string{"ATTENDED 藍鯨醫療 > 2026灣區機械人峰會"}, nil},
		// A council's meeting is an act, not an event's name.
		{"區議會昨日舉行大會。\n會上，星軌智能代表介紹試點計劃。", nil,
			[]string{"ATTENDED 星軌智能 > 舉行大會"}},
	}
	for _, c := range zh {
		ps := Extract(Input{Text: c.text, Language: "zh-Hant", Published: "2026-05-05"})
		checkSpans(t, c.text, ps)
		checkRels(t, c.text, ps, c.want, c.not)
	}
}
