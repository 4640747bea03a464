package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Names in a list that a group of companies opens, quoted or not, the quoted partner of a pair
// and the quoted object of a buyer are companies; a list of slogans or of a plan's parts is not.
func TestListedAndQuotedCompaniesZh(t *testing.T) {
	org := kg.KindOrganization
	cases := map[string]map[string]kg.Kind{
		"首批進駐的初創包括「聲匯AI」、「綠芯」及「數匠」。": {"聲匯AI": org, "綠芯": org, "數匠": org},
		"入選企業包括思匯、藍橋及碳知道。":           {"思匯": org, "藍橋": org, "碳知道": org},
		"港投公司與「藍橋」簽署合作備忘錄。":          {"藍橋": org},
		"快狗打車宣布收購「凍運通」全部股權。":         {"凍運通": org},
	}
	for text, want := range cases {
		checkEntities(t, "zh-Hant", text, want, nil)
	}
	checkEntities(t, "zh-Hant", "公司口號包括「創新」、「共融」。", nil, []string{"共融", "創新"})
	checkEntities(t, "zh-Hant", "計劃包括「一帶一路」及「灣區通」兩部分。", nil, []string{"一帶一路", "灣區通"})
}
