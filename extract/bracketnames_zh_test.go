package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A post's holder named alone in brackets after it is a person; a photo position in brackets is
// no name; a bare 公司 opening a clause, or a counted group (多家…公司), describes no name after it.
func TestBracketedHoldersZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "港華科技行政總裁（陳志強）表示，市場反應理想。", []string{"LEADS 陳志強 > 港華科技"}},
		{"zh-Hans", "星河数据首席技术官(刘一鸣)介绍了新产品。", []string{"LEADS 刘一鸣 > 星河数据"}},
		{"zh-Hant", "港華科技創辦人（左二）陳志強出席儀式。", []string{"LEADS 陳志強 > 港華科技"}},
	}, nil)
	checkEntities(t, "zh-Hant", "港華科技行政總裁陳志強表示，公司看好前景。", nil, []string{"看好前景", "左二"})
	checkEntities(t, "zh-Hant", "港華科技創辦人（左二）陳志強出席儀式。", nil, []string{"左二"})
	// A counted group before a descriptor names no one company.
	checkEntities(t, "zh-Hans", "此外，极光储能透露正与多家香港公用事业公司接触，但尚未签约。", nil, []string{"接触"})
	checkEntities(t, "zh-Hans", "合肥市还在与多家头部无人机企业接洽，但名单暂不便透露。", nil, []string{"接洽"})
	// A company's Chinese name given with its English one in brackets after a descriptor.
	checkEntities(t, "zh-Hant", "本地初創藍橋（BlueBridge）宣布完成融資。", map[string]kg.Kind{"藍橋": kg.KindOrganization}, nil)
	checkEntities(t, "zh-Hans", "人工智能公司星图(StarMap AI)昨日宣布完成融资。", map[string]kg.Kind{"星图": kg.KindOrganization}, nil)
}
