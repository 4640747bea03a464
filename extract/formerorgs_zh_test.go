package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// 原 before a company and a title means "formerly of" it; a kind of bank before a Latin name
// is no name of its own.
func TestFormerAndKindPrefixes(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "12月2日，自动驾驶企业极智出行宣布，原美团副总裁王建国正式加盟，出任公司首席运营官。", []string{"WORKED_AT 王建国 > 美团"}},
		{"zh-Hant", "虛擬銀行PAObank昨日宣布，委任陳家明為行政總裁。", []string{"LEADS 陳家明 > PAObank"}},
	}, nil)
	checkEntities(t, "zh-Hans", "12月2日，自动驾驶企业极智出行宣布，原美团副总裁王建国正式加盟，出任公司首席运营官。", nil, []string{"原美团"})
	checkEntities(t, "zh-Hant", "虛擬銀行PAObank昨日宣布，委任陳家明為行政總裁。", map[string]kg.Kind{"PAObank": kg.KindOrganization}, []string{"虛擬銀行"})
}
