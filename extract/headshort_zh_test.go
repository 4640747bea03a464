package extract

import "testing"

// A Chinese headline names a company by the short form of the full name the story gives after
// it: one entity, not two.
func TestHeadlineShortFormZh(t *testing.T) {
	cases := []struct {
		text string
		want int // how many entities the investors 高瓴 and 高瓴创投 are
	}{
		{"云杉智联完成3亿元B轮融资 高瓴领投\n\n本报讯 杭州云杉智联科技有限公司宣布完成3亿元B轮融资，由高瓴创投领投，启明创投跟投。", 1},
	}
	for _, c := range cases {
		keys := map[string]bool{}
		for _, p := range Extract(Input{Text: c.text, Language: "zh-Hans"}) {
			if r := p.Relationship; r != nil && r.Type == "INVESTED_IN" && (r.From.Name == "高瓴" || r.From.Name == "高瓴创投") {
				keys[r.From.EntityKey] = true
			}
		}
		if len(keys) != c.want {
			t.Errorf("%s: 高瓴 and 高瓴创投 are %d investors, want %d: %v", c.text, len(keys), c.want, keys)
		}
	}
}
