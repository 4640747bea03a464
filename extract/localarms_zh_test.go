package extract

import "testing"

// A company setting up a local arm named with its place in brackets establishes it; the arm is
// its subsidiary and is in the place the clause names.
func TestLocalArmsZh(t *testing.T) {
	arm := func(parent, unit, place string) []string {
		want := []string{"ESTABLISHED " + parent + " > " + unit, "SUBSIDIARY_OF " + unit + " > " + parent}
		if place != "" {
			want = append(want, "LOCATED_IN "+unit+" > "+place)
		}
		return want
	}
	checkRelCases(t, []relCase{
		{"zh-Hant", "星河科技昨日宣布，在港成立國際總部「星河國際（香港）有限公司」，辦公室選址觀塘。", arm("星河科技", "星河國際（香港）有限公司", "")},
		{"zh-Hant", "泓景家族辦公室昨日宣布遷港，並已在港成立泓景資本（香港）有限公司，負責區內投資。", arm("泓景家族辦公室", "泓景資本（香港）有限公司", "")},
		{"zh-Hans", "杭州云帆科技近日在深圳注册成立云帆智能（深圳）有限公司。", arm("杭州云帆科技", "云帆智能（深圳）有限公司", "深圳")},
		{"zh-Hant", "星河科技宣布在香港設立全資附屬公司星河國際（香港）有限公司。", arm("星河科技", "星河國際（香港）有限公司", "香港")},
		// A subsidiary noun names the arm without the bracket; 的 may stand before it.
		{"zh-Hans", "云帆科技今年3月在新加坡设立的子公司云帆国际将继续营运。", arm("云帆科技", "云帆国际", "新加坡")},
		{"zh-Hant", "藍海動力旗下門店將全部關閉，去年在台北設立的子公司藍海國際則會保留。", arm("藍海動力", "藍海國際", "台北")},
		// A clause with no company of its own: the sentence's opener, not the investor named before.
		{"zh-Hans", "星桥科技获高瓴创投投资，并在深圳设立全资子公司星桥智能。", arm("星桥科技", "星桥智能", "深圳")},
	}, nil)
	// What follows 在 is the site, not the company that sets the arm up.
	for _, text := range []string{"該公司已在香港科學園設立子公司星河國際（香港）有限公司。"} {
		if got := rels(Extract(Input{Text: text, Language: "zh-Hant"})); got["ESTABLISHED 香港科學園 > 星河國際（香港）有限公司"] != nil {
			t.Errorf("%s: the site set up the arm", text)
		}
	}
	for _, text := range []string{"星河科技與星河國際（香港）有限公司簽署協議。"} {
		if got := rels(Extract(Input{Text: text, Language: "zh-Hant"})); got["ESTABLISHED 星河科技 > 星河國際（香港）有限公司"] != nil {
			t.Errorf("%s: no set-up verb, yet ESTABLISHED", text)
		}
	}
}
