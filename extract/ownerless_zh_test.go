package extract

import "testing"

// A clause opening with what a company has (海外收入, 主要客戶), its owner left out, is about
// the company the text is about. Invented sentences.
func TestOwnerlessAttributeZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "深圳机器人企业灵图机器人科技股份有限公司向港交所递交上市申请。招股书显示，灵图机器人成立于2020年，总部位于深圳南山区。海外收入主要来自日本和韩国。",
			[]string{"TARGETS_MARKET 灵图机器人 > 日本", "TARGETS_MARKET 灵图机器人 > 韩国"}},
	}, nil)
	for _, c := range []struct {
		text string
		want bool
	}{{"海外收入主要来自日本", true}, {"主要客户来自东南亚", true}, {"获纳入的公司可进驻科学园", false}} {
		f := []rune(c.text)
		if got := companyAttributeOpens(f, 0, 2); got != c.want {
			t.Errorf("companyAttributeOpens(%q) = %v", c.text, got)
		}
	}
}
