package extract

import (
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// TestMastheads: the medium in 【】 at a text's or line's start is an organisation, and the
// reporter named right after it works there; openers in 【】 that are no medium stay no names.
func TestMastheads(t *testing.T) {
	cases := []struct {
		text string
		want map[string]kg.Kind
		rel  string
		not  []string
	}{
		{"【信報專訊】（記者 梁嘉欣）本港初創融資按年回升。", map[string]kg.Kind{"信報": kg.KindOrganization}, "WORKED_AT 梁嘉欣 > 信報", nil},
		{"【界面新闻】（记者 王晓东）多家券商发布研报。", map[string]kg.Kind{"界面新闻": kg.KindOrganization}, "WORKED_AT 王晓东 > 界面新闻", nil},
		{"【经济观察报讯】记者 张可 近日，广州发布新政。", map[string]kg.Kind{"经济观察报": kg.KindOrganization}, "WORKED_AT 张可 > 经济观察报", nil},
		{"【喜讯】我司荣获大奖！", nil, "", []string{"喜", "喜讯"}},
		{"【本报讯】市场表现平稳。", nil, "", []string{"本报"}},
		{"【重磅】新规出台。", nil, "", []string{"重磅"}},
	}
	for _, c := range cases {
		lang := "zh-Hans"
		if strings.ContainsAny(c.text, "報記專") {
			lang = "zh-Hant"
		}
		checkEntities(t, lang, c.text, c.want, c.not)
		if c.rel != "" {
			checkRels(t, c.text, Extract(Input{Text: c.text, Language: lang}), []string{c.rel}, nil)
		}
	}
}

// TestSignOffs: an English post or letter signed with the writer's name and "Title,
// Organisation" states the writer's post; a paragraph that opens with a name and ends with an
// organisation is no sign-off.
func TestSignOffs(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		{"We shipped our first product this year.\n\nGrace Ho\nFounder & CEO, Lumen Grid Technologies", []string{"LEADS Grace Ho > Lumen Grid Technologies"}, nil},
		{"Thank you for your support.\n\nPeter Yuen, Managing Partner, Copperleaf Capital", []string{"LEADS Peter Yuen > Copperleaf Capital"}, nil},
		{"See you at the fair.\n\nMandy Sze\nSenior Analyst, Copperleaf Capital\n", []string{"WORKED_AT Mandy Sze > Copperleaf Capital"}, []string{"LEADS Mandy Sze > Copperleaf Capital"}},
		{"The deal closed.\n\nRaymond Kwok, a partner who once studied at Imperial College London, said the price was fair at Copperleaf Capital.", nil,
			[]string{"LEADS Raymond Kwok > Copperleaf Capital", "LEADS Raymond Kwok > Imperial College London"}},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: "en"}), c.want, c.not)
	}
}

// TestLegalShortNames: an English company named with its legal ending is known by the name
// without it too.
func TestLegalShortNames(t *testing.T) {
	for _, c := range []struct{ text, full, short string }{
		{"Brightwater Analytics Ltd. agreed to buy a rival.", "Brightwater Analytics Ltd.", "Brightwater Analytics"},
		{"Shares of Kowloon Harbour Logistics Limited rose 3%.", "Kowloon Harbour Logistics Limited", "Kowloon Harbour Logistics"},
		{"Novamed Devices Inc. opened a Hong Kong office.", "Novamed Devices Inc.", "Novamed Devices"},
	} {
		found := false
		for _, p := range Extract(Input{Text: c.text, Language: "en"}) {
			if p.Kind == KindEntity && p.Entity.Name == c.full {
				found = true
				if !contains(p.Entity.Aliases, c.short) {
					t.Errorf("%s: %q has aliases %v, want %q", c.text, c.full, p.Entity.Aliases, c.short)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q not proposed", c.text, c.full)
		}
	}
}
