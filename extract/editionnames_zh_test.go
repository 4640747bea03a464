package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A Latin name with an edition year is an event, its "<head>大會" short form the same event;
// a ministry of joined portfolios keeps its full name against a listed ministry it ends with.
func TestEditionNamesZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "RISE峰會昨日開幕。星橋科技創辦人陳美玲在會上出席「RISE 2026」科技峰會並發言。", []string{"ATTENDED 陳美玲 > RISE 2026"}},
		{"zh-Hant", "星橋科技昨日於FOCUS大會簽約。FOCUS 2026由阿聯酋工業及先進科技部主辦，吸引逾千家參展商。", []string{"ORGANIZED 阿聯酋工業及先進科技部 > FOCUS 2026"}},
	}, nil)
	checkEntities(t, "zh-Hant", "星橋科技將參加「RISE 2026」。", map[string]kg.Kind{"RISE 2026": kg.KindEvent}, nil)
	checkEntities(t, "zh-Hant", "大會由阿聯酋工業及先進科技部主辦。", map[string]kg.Kind{"阿聯酋工業及先進科技部": kg.KindOrganization}, []string{"科技部"})
	for name, want := range map[string]bool{"LEAP 2026": true, "WAIC 2025": true, "Hub71": false, "Vision": false, "Web3 Labs": false} {
		if latinEdition(name) != want {
			t.Errorf("latinEdition(%q) = %v", name, !want)
		}
	}
}
