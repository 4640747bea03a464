package extract

import (
	"slices"
	"strings"
	"testing"
)

// Listed organisations are found bare, stand against runs that swallowed them, keep their
// fuller names and are not read inside words or places.
func TestListedOrganisations(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hans", "本轮由深创投领投，老股东红杉中国继续加码。", []string{"红杉中国"}, []string{"老股东红杉中国"}},
		{"zh-Hans", "外界一度传出腾讯将作为首批试点企业。", []string{"腾讯"}, nil},
		{"zh-Hant", "韋卓賢早年任職渣打，後加入騰訊。", []string{"渣打", "騰訊"}, nil},
		{"zh-Hans", "他是华为香港研究所的首席科学家。", []string{"华为香港研究所"}, []string{"香港研究所", "华为"}},
		{"zh-Hans", "深圳前海微众银行与数码港签署合作协议。", []string{"深圳前海微众银行"}, []string{"微众银行"}},
		{"zh-Hans", "公司计划提高通过率，并在北京东路开设门店。", nil, []string{"高通", "京东"}},
		{"zh-Hans", "财政司司长昨日在立法会答问。", []string{"立法会"}, nil},
	}
	for _, c := range cases {
		got := entityNames(Extract(Input{Text: c.text, Language: c.lang, Published: "2025-05-20"}))
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: missing %s in %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("%s: proposed %s in %v", c.text, n, got)
			}
		}
	}
}

// Every entry of cues/orgs.tsv is found in a plain sentence.
func TestEveryListedOrganisationFires(t *testing.T) {
	for _, line := range strings.Split(orgsTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name := strings.Split(line, "\t")[0]
		text := "记者获悉，" + name + "今日宣布新计划。"
		if got := findListedOrgs(newDoc(Input{Text: text, Language: "zh-Hans"})); len(got) != 1 || got[0].name != name {
			t.Errorf("%s: found %v", name, got)
		}
	}
}
