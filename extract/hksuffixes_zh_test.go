package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Trusts, family offices and healthcare or biotech start-ups are named by their suffix; the
// suffix that opens a compound noun ends no name, and 參與 is a verb, not a name's end and 與.
func TestHongKongSuffixes(t *testing.T) {
	type shape struct {
		want map[string]kg.Kind
		not  []string
	}
	cases := map[string]shape{
		"恒匯投資與嶺東信託於去年合併。":           {map[string]kg.Kind{"嶺東信託": kg.KindOrganization}, nil},
		"新公司名為康寧醫療，總部設於沙田。":         {map[string]kg.Kind{"康寧醫療": kg.KindOrganization}, nil},
		"本地初創康寧生物與港大簽署協議。":          {map[string]kg.Kind{"康寧生物": kg.KindOrganization}, nil},
		"管理資產逾百億的家族辦公室泓景家族辦公室宣布遷港。": {map[string]kg.Kind{"泓景家族辦公室": kg.KindOrganization}, []string{"家族辦公室泓景家族辦公室"}},
		"衞生署醫療器械管理科已批出註冊。":          {map[string]kg.Kind{"衞生署": kg.KindOrganization}, []string{"衞生署醫療"}},
		"公司與年輕的醫療團隊合作。":             {nil, []string{"年輕的醫療", "輕的醫療"}},
		"城大生物醫學系教授陳明表示。":            {nil, []string{"城大生物"}},
		"恒嶺參與了澄明醫療的B輪融資。":           {map[string]kg.Kind{"澄明醫療": kg.KindOrganization}, []string{"恒嶺參"}},
		"陳明於2020年創立康寧醫療。":           {map[string]kg.Kind{"康寧醫療": kg.KindOrganization}, []string{"創立康寧醫療"}},
		"工業貿易署與香港中華廠商聯合會簽署備忘錄。":     {map[string]kg.Kind{"香港中華廠商聯合會": kg.KindOrganization}, []string{"聯合會"}},
		"梁振華畢業於美國加州大學伯克利分校。":        {map[string]kg.Kind{"加州大學伯克利分校": kg.KindOrganization}, []string{"美國加州大學"}},
		"何啟明出席了香港總商會主辦的東盟商貿論壇2026。": {map[string]kg.Kind{"東盟商貿論壇2026": kg.KindEvent}, nil},
		"東盟商貿論壇2026年將於香港舉行。":        {map[string]kg.Kind{"東盟商貿論壇": kg.KindEvent}, []string{"東盟商貿論壇2026"}},
	}
	for text, c := range cases {
		checkEntities(t, "zh-Hant", text, c.want, c.not)
	}
}

// TestWordSuffixBeforePlaceVerb: a name ending in a word suffix (生物, 醫療) is closed by a verb
// of where the company is, so its location is read. Invented sentences.
func TestWordSuffixBeforePlaceVerb(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "晨曦生物扎根沙田，专注于抗体药物研发。", []string{"LOCATED_IN 晨曦生物 > 沙田"}},
		{"zh-Hant", "澄朗醫療位於香港科學園，主攻眼科影像。", []string{"LOCATED_IN 澄朗醫療 > 香港科學園"}},
		{"zh-Hans", "启明生物入驻深圳前海，团队约30人。", []string{"LOCATED_IN 启明生物 > 前海"}},
	}, nil)
}
