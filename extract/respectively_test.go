package extract

import "testing"

// Listed subjects and a list of objects distributed by 分别 / "respectively" pair item by item;
// one subject with 分别 keeps all its objects.
func TestRespectiveLists(t *testing.T) {
	cases := []relCase{
		{"zh-Hant", "獲資助企業包括生物科技公司康達醫藥、半導體企業晶芯科技及新材料公司綠原材料，三間企業將分別在大埔工業邨、將軍澳工業邨及元朗創新園設立生產線。",
			[]string{"LOCATED_IN 康達醫藥 > 大埔工業邨", "LOCATED_IN 晶芯科技 > 將軍澳工業邨", "LOCATED_IN 綠原材料 > 元朗創新園"}},
		{"zh-Hans", "星图科技与云杉资本将分别在新加坡和迪拜设立办事处。",
			[]string{"LOCATED_IN 星图科技 > 新加坡", "LOCATED_IN 云杉资本 > 迪拜"}},
		{"zh-Hans", "星图科技将于明年在新加坡和迪拜分别设立办事处。",
			[]string{"LOCATED_IN 星图科技 > 新加坡", "LOCATED_IN 星图科技 > 迪拜"}},
		{"en", "Tidal Labs and Harbour Robotics will open offices in Singapore and Dubai respectively.",
			[]string{"LOCATED_IN Tidal Labs > Singapore", "LOCATED_IN Harbour Robotics > Dubai"}},
	}
	checkRelCases(t, cases, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "獲資助企業包括生物科技公司康達醫藥、半導體企業晶芯科技及新材料公司綠原材料，三間企業將分別在大埔工業邨、將軍澳工業邨及元朗創新園設立生產線。",
			[]string{"LOCATED_IN 康達醫藥 > 將軍澳工業邨", "LOCATED_IN 康達醫藥 > 元朗創新園", "LOCATED_IN 晶芯科技 > 大埔工業邨"}},
		{"zh-Hans", "星图科技与云杉资本将分别在新加坡和迪拜设立办事处。",
			[]string{"LOCATED_IN 星图科技 > 迪拜", "LOCATED_IN 云杉资本 > 新加坡"}},
		{"en", "Tidal Labs and Harbour Robotics will open offices in Singapore and Dubai respectively.",
			[]string{"LOCATED_IN Tidal Labs > Dubai", "LOCATED_IN Harbour Robotics > Singapore"}},
	})
}
