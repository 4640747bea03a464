package extract

import "testing"

// Both parties of an agreement signed at an event attended it; the event's host did not
// "attend". Invented texts.
func TestSigningAttendees(t *testing.T) {
	checkRelCases(t, []relCase{
		// the scene set in the sentence before, the signings listed after 其中
		{"zh-Hans", "“2026华南智能制造博览会”昨日在东莞开幕，由东莞市人民政府主办。展会期间共有8个项目现场签约。其中，星辰机器人与华南理工大学签署合作协议；蓝帆物流与顺航集团签署战略合作备忘录。",
			[]string{"ATTENDED 星辰机器人 > 2026华南智能制造博览会", "ATTENDED 华南理工大学 > 2026华南智能制造博览会",
				"ATTENDED 蓝帆物流 > 2026华南智能制造博览会", "ATTENDED 顺航集团 > 2026华南智能制造博览会"}},
		// the place of the signing told after it
		{"zh-Hant", "智行科技昨日與港灣銀行簽署合作備忘錄，雙方將合作開發貿易融資平台。簽署儀式在「2026香港金融科技峰會」上舉行。",
			[]string{"ATTENDED 智行科技 > 2026香港金融科技峰會", "ATTENDED 港灣銀行 > 2026香港金融科技峰會"}},
		// a scene word in the sentence itself
		{"zh-Hant", "「2026亞洲物流峰會」昨日開幕。會上，星聯物流與東航貨運簽署合作協議。",
			[]string{"ATTENDED 星聯物流 > 2026亞洲物流峰會", "ATTENDED 東航貨運 > 2026亞洲物流峰會"}},
	}, nil)
	checkEnCases(t, []enCase{
		{"Harbour Robotics Week 2026 opened at AsiaWorld-Expo on Monday. On the sidelines, Orbix Labs signed a memorandum of understanding with Tallis Bank.",
			[]string{"ATTENDED Orbix Labs > Harbour Robotics Week 2026", "ATTENDED Tallis Bank > Harbour Robotics Week 2026"}, nil},
		{"Harbour Robotics Week 2026 opened at AsiaWorld-Expo on Monday. Several deals were signed on the sidelines. Orbix Labs signed a supply agreement with Kelpie Dynamics.",
			[]string{"ATTENDED Orbix Labs > Harbour Robotics Week 2026", "ATTENDED Kelpie Dynamics > Harbour Robotics Week 2026"}, nil},
	})
	checkRelAbsent(t, []relCase{
		// the host signs at its own event: it organised it
		{"zh-Hans", "由东莞市人民政府主办的“2026华南智能制造博览会”昨日开幕。会上，东莞市人民政府与星辰机器人签署落户协议。",
			[]string{"ATTENDED 东莞市人民政府 > 2026华南智能制造博览会"}},
		// a signing with no scene: no attendance
		{"zh-Hans", "“2026华南智能制造博览会”昨日在东莞开幕。另外，星辰机器人上月与华南理工大学签署合作协议。",
			[]string{"ATTENDED 华南理工大学 > 2026华南智能制造博览会"}},
		{"en", "Harbour Robotics Week 2026 opened at AsiaWorld-Expo on Monday. Separately, Orbix Labs signed a supply agreement with Kelpie Dynamics in March.",
			[]string{"ATTENDED Kelpie Dynamics > Harbour Robotics Week 2026"}},
	})
}

// The frame 在…上簽署 between the parties and the verb still states the partnership.
// Invented sentences.
func TestPartnersSigningInFrame(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星輝科技與港燈亦在展會上簽署協議。", []string{"PARTNERED_WITH 星輝科技 > 港燈"}},
		{"zh-Hans", "蓝帆物流与顺航集团于“2026华南物流峰会”上签署战略合作协议。", []string{"PARTNERED_WITH 蓝帆物流 > 顺航集团"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// one party alone signs (several agreements): no partner
		{"zh-Hant", "星輝科技在「2026亞洲綠色科技博覽」上簽署多項協議。", []string{"PARTNERED_WITH 星輝科技 > 2026亞洲綠色科技博覽"}},
	})
}
