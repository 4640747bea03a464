package extract

import "testing"

// zhCase is a Chinese text (zh-Hans or zh-Hant) with the relationships it must and must not yield.
type zhCase struct {
	lang, text string
	want, not  []string
}

func checkZhCases(t *testing.T, cases []zhCase) {
	t.Helper()
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: c.lang, Published: "2025-06-05"})
		checkSpans(t, c.text, ps)
		checkRels(t, c.text, ps, c.want, c.not)
	}
}

// The economic regions news names as markets are places of their own: a list of markets keeps
// them whole ("Greater China", not "China"). Invented sentences.
func TestMarketRegions(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Larchmont Capital is a Hong Kong investor. The firm serves family offices in Greater China and Japan.",
			[]string{"TARGETS_MARKET Larchmont Capital > Greater China", "TARGETS_MARKET Larchmont Capital > Japan"},
			[]string{"TARGETS_MARKET Larchmont Capital > China"}},
		{"Fenwick Robotics sells its arms to factories in the Pearl River Delta.",
			[]string{"TARGETS_MARKET Fenwick Robotics > Pearl River Delta"}, nil},
	})
	checkZhCases(t, []zhCase{
		{"zh-Hans", "据介绍，启明星基金将重点投向长三角及珠三角的半导体项目。",
			[]string{"TARGETS_MARKET 启明星基金 > 长三角", "TARGETS_MARKET 启明星基金 > 珠三角"}, nil},
	})
}

// A mainland fund's registered name runs through 合伙企业（有限合伙）, so the short form the
// bracket after it defines is its alias. Invented sentence.
func TestRegisteredFundNamesZh(t *testing.T) {
	text := "晨光医疗公告称，公司拟出资3亿元参与设立杭州晨港生命科学产业投资基金合伙企业（有限合伙）（下称“晨港基金”）。晨港基金将重点投向长三角。"
	for _, p := range Extract(Input{Text: text, Language: "zh-Hans", Published: "2025-06-05"}) {
		if p.Entity != nil && p.Entity.Name == "杭州晨港生命科学产业投资基金合伙企业（有限合伙）" {
			if len(p.Entity.Aliases) == 0 || p.Entity.Aliases[0] != "晨港基金" {
				t.Errorf("aliases %v, want 晨港基金", p.Entity.Aliases)
			}
			return
		}
	}
	t.Errorf("no fund named in full in %s", text)
}
